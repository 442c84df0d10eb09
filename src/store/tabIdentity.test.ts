// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

// each test loads the module afresh, as a new page of the tab does
const freshModule = async () => {
  vi.resetModules();
  return import('./tabIdentity');
};

beforeEach(() => sessionStorage.clear());

describe('thisTabId', () => {
  it('stays the same within a page and keeps nothing until the tab keeps a draft', async () => {
    const { thisTabId, rememberTabId } = await freshModule();
    const id = thisTabId();
    expect(id).toMatch(/^[0-9a-z]+$/);
    expect(thisTabId()).toBe(id);
    expect(sessionStorage.length).toBe(0);
    rememberTabId();
    expect(sessionStorage.getItem('lcs:tab:v1')).toBe(id);
  });

  it('is found again by the next page of the same tab (a reload), and differs in a new tab', async () => {
    const first = await freshModule();
    const id = first.thisTabId();
    first.rememberTabId();
    expect((await freshModule()).thisTabId()).toBe(id);
    sessionStorage.clear(); // a new tab has its own, empty session storage
    expect((await freshModule()).thisTabId()).not.toBe(id);
  });

  it('ignores a stored id it could not have written', async () => {
    sessionStorage.setItem('lcs:tab:v1', 'a:b@c');
    const { thisTabId, rememberTabId } = await freshModule();
    expect(thisTabId()).toMatch(/^[0-9a-z]+$/);
    rememberTabId();
    expect(sessionStorage.getItem('lcs:tab:v1')).toBe(thisTabId());
  });

  it('cannot tell which tabs are open where the browser has no Web Locks', async () => {
    expect((await freshModule()).openTabs()).toBeNull();
  });
});
