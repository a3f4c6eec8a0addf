/**
 * A list bound as one parameter. The connection expands an array parameter into one placeholder
 * per element (what `in (?)` wants), which an empty list breaks and a long one bloats: these
 * fragments take the list as one JSON text instead (`JSON.stringify(values)`), for `= any(...)`
 * and for array columns.
 */
export const TEXT_ARRAY = 'array(select jsonb_array_elements_text(?::jsonb))';
export const UUID_ARRAY = 'array(select jsonb_array_elements_text(?::jsonb)::uuid)';
