import { localStorageStore, type Store } from 'react-admin';

const base = localStorageStore(undefined, 'OrgaSpe');

/**
 * react-admin empties its store on logout (good: the next person on a shared workstation sees
 * none of the previous one's filters). The chosen language is about the device, not the person:
 * keep it.
 */
export const store: Store = {
  ...base,
  reset() {
    const locale = base.getItem<string>('locale');
    base.reset();
    if (locale) base.setItem('locale', locale);
  },
};
