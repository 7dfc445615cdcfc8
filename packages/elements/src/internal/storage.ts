/**
 * `localStorage`, or a page-lifetime stand-in when the browser refuses storage (private
 * modes, disabled cookies, sandboxed frames), so drafts still survive re-renders.
 */
export const storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = (() => {
  try {
    const probe = '__confab_probe__';
    localStorage.setItem(probe, probe);
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (k: string) => memory.get(k) ?? null,
      setItem: (k: string, v: string) => void memory.set(k, v),
      removeItem: (k: string) => void memory.delete(k),
    };
  }
})();
