// The "Acting as" switcher of the demo intranet (dev auth only). It lists the people the server
// can act as (GET /api/v1/dev/users), sets the `confab_dev_user` cookie and reloads, so that every
// widget on the page speaks as the chosen person. Under another auth mode the route does not exist
// and the switcher hides itself. Cookies are per browser profile: use a private window to be a
// second person at the same time.
const COOKIE = 'confab_dev_user';
const API = document.querySelector('meta[name="confab-endpoint"]')?.content ?? '/api/v1';

function readCookie(name) {
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

class HttpError extends Error {
  constructor(url, status) {
    super(`${url}: HTTP ${status}`);
    this.status = status;
  }
}

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!response.ok) throw new HttpError(url, response.status);
  return response.json();
}

/** The people to choose from, as `{ id, name, roles }`, and who acts now. */
async function load() {
  const users = await getJson(`${API}/dev/users`);
  let current = readCookie(COOKIE);
  if (!current) {
    try { current = (await getJson(`${API}/me`))?.id; } catch { current = undefined; }
  }
  return { users, current };
}

function roleLabel(roles = []) {
  if (roles.includes('admin')) return 'admin';
  if (roles.includes('moderator')) return 'moderator';
  return '';
}

async function init() {
  const select = document.getElementById('acting-as');
  if (!select) return;
  try {
    const { users, current } = await load();
    const sorted = [...users].sort((a, b) =>
      (roleLabel(b.roles) ? 1 : 0) - (roleLabel(a.roles) ? 1 : 0) || a.name.localeCompare(b.name));
    select.replaceChildren(...sorted.map((u) => {
      const role = roleLabel(u.roles);
      const option = new Option(role ? `${u.name} (${role})` : u.name, u.id);
      option.selected = u.id === current;
      return option;
    }));
    select.disabled = false;
    select.addEventListener('change', () => {
      document.cookie = `${COOKIE}=${encodeURIComponent(select.value)}; path=/; SameSite=Lax; max-age=${60 * 60 * 24 * 30}`;
      location.reload();
    });
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) {
      select.closest('[data-acting-as]')?.setAttribute('hidden', '');
      return;
    }
    select.replaceChildren(new Option('People unavailable'));
    console.warn('Acting as: could not load the people', error);
  }
}

// "Edit profile" on your own badge card inside a widget (which has no profile-url): this page opens the demo's profile page.
document.addEventListener('confab-edit-profile', (event) => {
  event.preventDefault();
  location.assign('/profile.html');
});

init();
