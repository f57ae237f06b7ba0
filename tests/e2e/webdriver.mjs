// A small W3C WebDriver client (HTTP, no dependency) for the browsers that
// playwright-core cannot drive here: Debian's Firefox ESR through geckodriver,
// and WebKitGTK through WebKitWebDriver. Only what the end-to-end flows use:
// navigate, run a script, click, type, press keys, screenshot.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };

export const freePort = () => new Promise((ok) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); });
});

/** W3C key codes for the keys the flows press. */
export const Keys = { Tab: '\uE004', Enter: '\uE007', Space: '\uE00D', ArrowDown: '\uE015', ArrowUp: '\uE013' };

export class Session {
  /**
   * Starts `driver` (a WebDriver server binary) on a free loopback port and
   * opens a session with `capabilities`.
   */
  static async start(driver, capabilities, args = []) {
    const port = await freePort();
    const proc = spawn(driver, [`--port=${port}`, ...args], { stdio: 'ignore' });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try { await fetch(`${base}/status`); break; } catch (e) {
        if (i > 100) { proc.kill(); throw new Error(`${driver} did not start: ${e}`); }
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const res = await fetch(`${base}/session`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ capabilities: { alwaysMatch: capabilities } }) });
    const body = await res.json();
    if (!res.ok) { proc.kill(); throw new Error(`new session: ${JSON.stringify(body.value)}`); }
    return new Session(base, body.value.sessionId, proc, body.value.capabilities);
  }

  constructor(base, id, proc, capabilities) {
    this.url = `${base}/session/${id}`;
    this.proc = proc;
    this.capabilities = capabilities;
  }

  async cmd(method, path, body) {
    const res = await fetch(this.url + path, { method, headers: JSON_TYPE, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    return json.value;
  }

  goto(url) { return this.cmd('POST', '/url', { url }); }
  currentUrl() { return this.cmd('GET', '/url'); }
  setWindow(width, height) { return this.cmd('POST', '/window/rect', { width, height }); }

  /** Runs `fn` (a function, serialized) in the page with `args`; returns its value (elements as references). */
  run(fn, ...args) { return this.cmd('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments)`, args }); }

  /** Polls `fn` until it returns something truthy (at most `timeout` ms). */
  async waitFor(fn, args = [], what = String(fn), timeout = 10000) {
    const t0 = Date.now();
    for (;;) {
      const v = await this.run(fn, ...args).catch(() => null);
      if (v) return v;
      if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The element `fn(...args)` returns (it may sit in a shadow root); waits for it. */
  async element(fn, ...args) {
    const el = await this.waitFor(fn, args);
    if (!el?.[ELEMENT]) throw new Error(`not an element: ${JSON.stringify(el)}`);
    return el;
  }

  click(el) { return this.cmd('POST', `/element/${el[ELEMENT]}/click`, {}); }
  type(el, text) { return this.cmd('POST', `/element/${el[ELEMENT]}/value`, { text }); }

  /** Presses keys (Keys.* or characters) one after another, on whatever has focus. */
  async press(...keys) {
    const actions = keys.flatMap((k) => [{ type: 'keyDown', value: k }, { type: 'keyUp', value: k }]);
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions');
  }

  async screenshot() { return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64'); }

  async close() {
    await this.cmd('DELETE', '').catch(() => {});
    this.proc.kill();
  }
}
