// The authoring page (author.html): edit a catalog or quiz, see every problem
// with its JSON path as you type (the same check as `berth check`, compiled
// to wasm in author/pkg/, which only this page loads), a live preview in a
// <berth-widget>, and downloads of the JSON and of a ready snippet.
import init, { check } from '../../author/pkg/berth_author.js';

const TEXT = {
  en: {
    title: 'Write your own catalog or quiz', editor: 'Your JSON',
    intro: 'Edit a catalog ("which X should I use?") or a quiz. Every problem is listed as you type, with its JSON path — the same check as berth check. Nothing leaves this page.',
    start: 'Start from', 'tpl-db': 'Template: which database should I use?', 'tpl-aws': 'Built-in AWS container catalog',
    'tpl-quiz': 'Built-in AWS quiz', load: 'Load', source: 'Catalog or quiz JSON', preview: 'Preview', use: 'Use it',
    filename: 'File name', 'download-json': 'Download JSON', 'download-snippet': 'Download snippet', 'copy-snippet': 'Copy snippet',
    snippet: 'Snippet for your page (HTML, then mdBook / MkDocs)',
    ok: (kind, summary) => `Valid ${kind}: ${summary}.`,
    problems: (kind, n) => `${n} problem${n === 1 ? '' : 's'} in this ${kind}:`,
    kinds: { catalog: 'catalog', quiz: 'quiz', bundle: 'bundle' },
    noPreview: 'The preview shows once the problems are fixed.', stale: 'The preview shows the last version without problems.', copied: 'Snippet copied.', copyFailed: 'Could not copy: select the snippet and copy it.',
    loadFailed: (what) => `Could not load ${what}.`,
  },
  ko: {
    title: '카탈로그나 퀴즈 직접 만들기', editor: 'JSON',
    intro: '카탈로그("어떤 X를 써야 할까?")나 퀴즈를 편집하세요. 입력하는 동안 모든 문제를 JSON 경로와 함께 보여 줍니다 — berth check와 같은 검사입니다. 내용은 이 페이지 밖으로 나가지 않습니다.',
    start: '시작할 내용', 'tpl-db': '템플릿: 어떤 데이터베이스를 써야 할까?', 'tpl-aws': '기본 AWS 컨테이너 카탈로그',
    'tpl-quiz': '기본 AWS 퀴즈', load: '불러오기', source: '카탈로그 또는 퀴즈 JSON', preview: '미리 보기', use: '사용하기',
    filename: '파일 이름', 'download-json': 'JSON 내려받기', 'download-snippet': '코드 조각 내려받기', 'copy-snippet': '코드 조각 복사',
    snippet: '페이지에 넣을 코드 조각 (HTML, 그다음 mdBook / MkDocs)',
    ok: (kind, summary) => `올바른 ${kind}입니다: ${summary}.`,
    problems: (kind, n) => `이 ${kind}에 문제 ${n}개:`,
    kinds: { catalog: '카탈로그', quiz: '퀴즈', bundle: '번들' },
    noPreview: '문제를 고치면 미리 보기가 나타납니다.', stale: '미리 보기는 문제가 없던 마지막 버전입니다.', copied: '코드 조각을 복사했습니다.', copyFailed: '복사하지 못했습니다. 코드 조각을 선택해 복사하세요.',
    loadFailed: (what) => `${what}을(를) 불러오지 못했습니다.`,
  },
};

const $ = (id) => document.getElementById(id);
const source = $('source');
let lang = new URLSearchParams(location.search).get('lang') === 'ko' ? 'ko' : 'en';
let verdict = null;
let shown = null; // the text the preview shows

function setLang(next) {
  lang = next;
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-text]')) el.textContent = TEXT[lang][el.dataset.text];
  for (const button of document.querySelectorAll('[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  shown = null; // the preview follows the page language
  validate();
}

/** Checks the text (wasm), lists the problems, refreshes the preview and the snippet. */
function validate() {
  const t = TEXT[lang];
  verdict = JSON.parse(check(source.value, lang));
  const kind = t.kinds[verdict.kind];
  $('status').textContent = verdict.ok ? t.ok(kind, verdict.summary) : t.problems(kind, verdict.problems.length);
  $('status').className = verdict.ok ? 'ok' : 'bad';
  $('status').dataset.checks = String(Number($('status').dataset.checks ?? 0) + 1); // for tests: one more check done
  source.setAttribute('aria-invalid', String(!verdict.ok));
  $('problems').replaceChildren(...verdict.problems.map(({ path, message }) => {
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = path;
    item.append(code, `: ${message}`);
    return item;
  }));
  preview();
  $('snippet').value = snippet();
}

/** The widget with the text as its content; while the text has problems, the last valid version stays, marked as such. */
function preview() {
  const box = $('preview');
  const note = $('preview-note');
  if (!verdict.ok) {
    note.textContent = box.firstChild ? TEXT[lang].stale : TEXT[lang].noPreview;
    return;
  }
  note.textContent = '';
  if (shown === source.value) return;
  shown = source.value;
  const widget = document.createElement('berth-widget');
  widget.id = 'author-preview';
  widget.setAttribute('lang', lang);
  if (verdict.kind === 'quiz') widget.setAttribute('mode', 'quiz');
  const data = document.createElement('script');
  data.type = 'application/json';
  data.textContent = source.value;
  widget.append(data);
  box.replaceChildren(widget);
}

function fileName() {
  const name = $('filename').value.trim().replace(/[^\w.-]+/g, '-') || 'my-catalog.json';
  return name.endsWith('.json') ? name : `${name}.json`;
}

function snippet() {
  const name = fileName();
  const quiz = verdict?.kind === 'quiz';
  const mode = quiz ? ' mode="quiz"' : '';
  return `<!-- HTML: Berth's dist/ copied as berth/, ${name} next to this page -->
<script type="module" src="berth/static/berth-widget.js"></script>
<berth-widget content="${name}"${mode}></berth-widget>

<!-- mdBook (mdbook-berth) or MkDocs (mkdocs-berth): a fenced block -->
\`\`\`berth
content = "${name}"${quiz ? '\nmode = "quiz"' : ''}
\`\`\`
`;
}

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function loadTemplate() {
  const select = $('template');
  try {
    const response = await fetch(select.value);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    source.value = await response.text();
    $('filename').value = select.value.split('/').pop();
  } catch (err) {
    $('status').textContent = TEXT[lang].loadFailed(select.selectedOptions[0].textContent);
    console.warn('berth author:', err);
    return;
  }
  validate();
}

let timer;
source.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(validate, 250);
});
$('filename').addEventListener('input', () => { $('snippet').value = snippet(); });
$('load').addEventListener('click', loadTemplate);
$('download-json').addEventListener('click', () => download(fileName(), source.value, 'application/json'));
$('download-snippet').addEventListener('click', () => download(fileName().replace(/\.json$/, '-snippet.html'), snippet(), 'text/html'));
$('copy-snippet').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet());
    $('copied').textContent = TEXT[lang].copied;
  } catch {
    $('snippet').select();
    $('copied').textContent = TEXT[lang].copyFailed;
  }
});
for (const button of document.querySelectorAll('[data-lang]')) button.addEventListener('click', () => setLang(button.dataset.lang));

await init();
setLang(lang);
await loadTemplate();
