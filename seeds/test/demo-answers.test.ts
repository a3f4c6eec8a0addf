import { describe, expect, it } from 'vitest';
import { answersFor } from '../src/demo/answers.js';

// Two competences of unequal size, levels 1 to 3 (the id ends with the level).
const skills = [
  ...['a1', 'b1', 'a2', 'b2', 'a3', 'b3'].map((name) => ({ skillId: `skill-${name}`, competenceId: 'c1', areaId: 'area1' })),
  ...['x1', 'x2', 'x3'].map((name) => ({ skillId: `skill-${name}`, competenceId: 'c2', areaId: 'area2' })),
];

describe('the answers the demo reports for a mastery rate', () => {
  const validated = (rate: number) => answersFor(skills, rate).filter((answer) => answer.status === 'VALIDATED').map((answer) => answer.skillId);

  it('validates exactly round(rate × skills), spread over competences by size, easier levels first', () => {
    expect(validated(0.67)).toEqual(['skill-a1', 'skill-b1', 'skill-a2', 'skill-b2', 'skill-x1', 'skill-x2']);
    expect(validated(0.34)).toEqual(['skill-a1', 'skill-b1', 'skill-x1']);
    expect(validated(0)).toEqual([]);
    expect(validated(1)).toHaveLength(skills.length);
  });

  it('answers every skill once, the others as failed', () => {
    const answers = answersFor(skills, 0.5);
    expect(answers.map((answer) => answer.skillId).sort()).toEqual(skills.map((skill) => skill.skillId).sort());
    expect(answers.filter((answer) => answer.status === 'INVALIDATED')).toHaveLength(skills.length - Math.round(0.5 * skills.length));
  });
});
