import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { lint } from '../../src/core/lint/engine.js';
import { KEY, Session } from './pty-session.js';

// mcm init in the language the marketer chose: the wizard in Russian keystroke by keystroke, and drafts
// written without questions in Polish, Ukrainian and Irish.

const bin = new URL('../../bin/mcm.js', import.meta.url).pathname;
const { LANG: _lang, LC_ALL: _all, LC_MESSAGES: _messages, MCM_LOCALE: _mcm, ...baseEnv } = process.env;
const mcm = (cwd: string, args: string[], env: Record<string, string> = {}) => {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, input: '', encoding: 'utf8', env: { ...baseEnv, NO_COLOR: '1', FORCE_COLOR: '', ...env } });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
const tempDir = () => mkdtempSync(join(tmpdir(), 'mcm-init-locale-'));

const sessions: Session[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

// Next year, so that every date is ahead whatever day the tests run.
const Y = new Date().getFullYear() + 1;

// Words a Russian screen may hold in Latin letters: names of products, codes and the file's own names.
const LATIN = new Set(['Google', 'Ads', 'Facebook', 'Email', 'CTA', 'KPI', 'SMS', 'SEO', 'CTR', 'CPA', 'RUB', 'Enter', 'Ctrl', 'mcm', 'init', 'resume', 'lint', 'brief', 'strategy', 'yaml', 'schema', 'json', 'write', 'locale', 'briefs', 'HubSpot', 'Bitrix24', 'amoCRM', 'CRM', 'Instagram', 'TikTok', 'YouTube', 'Pinterest', 'Snapchat', 'LinkedIn', 'Telegram', 'Viber', 'WhatsApp', 'Messenger', 'Threads', 'Reddit', 'Twitch', 'Twitter', 'Allegro', 'Rozetka', 'Amazon', 'Etsy', 'Reels', 'Shorts', 'B2B', 'B2C', 'NPS', 'LTV', 'ROAS', 'CPC', 'CPL', 'GRP', 'VTR', 'CSAT', 'QR']);

const MESSAGES: Record<string, string> = {
  'Профиль компании в Google': 'Запишитесь онлайн: мастер приедет в тот же день, цена известна заранее.',
  Facebook: 'Мастер на дом за один день: смотрите, как мы работаем, и записывайтесь.',
  'Поисковая реклама Google Ads': 'Мастер на дом сегодня, цена заранее. Запись онлайн за минуту.',
  'Веб-сайт': 'Выберите удобное время и запишитесь: мастер приедет в тот же день.',
  'Электронная почта': 'В этом месяце: совет по уходу за домом и новые окна для записи.',
};
const HEADLINES: Record<string, [string, string]> = { 'Поисковая реклама Google Ads': ['заголовок', 'Мастер на дом сегодня'], 'Электронная почта': ['тема письма', 'Ваш мастер на этот месяц'] };

describe('mcm init --locale ru, the wizard in a terminal', () => {
  test('asks in Russian, reads Russian answers, and writes a strategy with locale: ru that lints clean', async () => {
    const dir = tempDir();
    const s = new Session(['init', '--locale', 'ru'], dir, { XDG_STATE_HOME: join(dir, 'state') });
    sessions.push(s);
    await s.waitFor('Готовим strategy.yaml. Enter принимает предложенный ответ');
    await s.answer('Какой у вас бизнес?', KEY.enter);
    await s.answer('Где работает бизнес и на каком языке читают его клиенты?', 'Россия', KEY.enter);
    await s.waitFor('Россия → Россия · RUB · русский');
    await s.answer('Как называется стратегия или кампания?', 'Весенняя запись', KEY.enter);
    await s.answer('Какая одна цель объединяет все каналы? Одним предложением.', `Записать 300 клиентов онлайн к 30 июня ${Y}`, KEY.enter);
    await s.answer('Какой показатель скажет, что цель достигнута?', KEY.enter);
    await s.waitFor('записи на встречу → appointments_booked');
    await s.answer('Сколько по показателю «записи на встречу» к концу периода? (300)', '1 500', KEY.enter);
    await s.waitFor('1 500 → 1500');
    await s.answer('А сколько по показателю «записи на встречу» сейчас?', '120', KEY.enter);
    await s.answer('Когда действует стратегия?', KEY.enter);
    await s.waitFor(` – 30.06.${Y} → `);
    await s.answer('Почему клиенты выбирают вас, а не конкурентов?', 'Запись в тот же день по фиксированной цене', KEY.enter);
    await s.answer('Как ваши каналы работают вместе?', KEY.enter);
    await s.answer('Какие слова описывают тон голоса вашего бренда? — два-три слова через запятую (дружелюбный, прямой)', KEY.enter);
    await s.answer('Портрет клиента 1: кто это? Имя и роль.', 'Анна, молодая мама', KEY.enter);
    await s.answer('Анна: сколько лет?', '25–35', KEY.enter);
    await s.answer('Анна: чего хочет?', 'сэкономить время, честные цены', KEY.enter);
    await s.answer('Анна: что раздражает сегодня?', 'очереди, скрытые платежи', KEY.enter);
    await s.answer('Анна: какими каналами уже пользуется?', KEY.enter);
    await s.answer('Добавить ещё один портрет клиента? — да или нет (да)', 'нет', KEY.enter);
    await s.answer('Какие каналы понесут сообщение?', KEY.enter);
    await s.waitFor('✔ Какие каналы понесут сообщение? Профиль компании в Google, Facebook, Поисковая реклама Google Ads, Веб-сайт, Электронная почта');
    for (const [name, message] of Object.entries(MESSAGES)) {
      await s.answer(`${name}: каким этапам воронки продаж он служит?`, KEY.enter);
      if (name !== 'Поисковая реклама Google Ads') await s.answer(`${name}: какой формат контента?`, KEY.enter);
      await s.answer(`${name}: сообщение, как оно будет опубликовано?`, message, KEY.enter);
      if (HEADLINES[name]) await s.answer(`${name}: ${HEADLINES[name]![0]}?`, HEADLINES[name]![1], KEY.enter);
      await s.answer(`${name}: призыв к действию (CTA)?`, KEY.enter);
      await s.answer(`${name}: какие KPI его измеряют и каковы их цели?`, KEY.enter);
    }
    await s.answer('Какие каналы работают весь период,', KEY.enter);
    await s.answer('Каков общий бюджет на эти каналы?', '150 000 ₽', KEY.enter);
    await s.waitFor('150 000 ₽ → 150000 RUB');
    await s.answer('Как бюджет делится между каналами?', KEY.enter);
    await s.waitFor('mcm lint не находит, что исправить.');
    await s.answer('Записать стратегию или сначала что-то изменить?', KEY.enter);
    await s.waitFor('✔ Записан strategy.yaml: 1 портрет клиента, 5 каналов, 4 этапа воронки.');
    expect(await s.exit).toBe(0);

    const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    expect(lint(text).diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const strategy = parse(text);
    expect(strategy.locale).toBe('ru');
    expect(strategy.goal).toMatchObject({ statement: `Записать 300 клиентов онлайн к 30 июня ${Y}`, metric: 'appointments_booked', target: 1500, baseline: 120, deadline: `${Y}-06-30` });
    expect(strategy.budget).toEqual({ total: 150000, currency: 'RUB' });
    expect(strategy.brand.voice).toEqual(['дружелюбный', 'прямой']);
    expect(strategy.personas.map((p: { id: string; age: unknown }) => [p.id, p.age])).toEqual([['anna', { min: 25, max: 35 }]]);
    expect(strategy.channels.map((c: { id: string }) => c.id)).toEqual(['profil-kompanii-v-google', 'facebook', 'poiskovaya-reklama-google-ads', 'veb-sayt', 'elektronnaya-pochta']);
    expect(text).toContain('# Одна цель, которой служит каждый канал, и как её измерять\n');
    expect(mcm(dir, ['lint'])).toEqual({ code: 0, out: '✔ Проблем не найдено в 1 файле.\n', err: '' });

    // What the marketer read: every question, hint, choice and the review, in Russian.
    const screen = s.text();
    for (const english of ['What', 'Which', 'Drafting', 'navigate', 'select', 'submit', 'optional', 'like "', 'Persona', 'Channel:', 'Write ']) expect(screen, english).not.toContain(english);
    const latin = new Set([...screen.matchAll(/[A-Za-z][A-Za-z0-9]*/g)].map((m) => m[0]).filter((w) => w.length > 1));
    const ids = new Set([...screen.matchAll(/\[([a-z0-9-_]+)\]|→ ([a-z_]+)/g)].map((m) => m[1] ?? m[2]));
    const foreign = [...latin].filter((w) => !LATIN.has(w) && !/^[a-z0-9_-]+$/.test(w) && !ids.has(w));
    expect(foreign).toEqual([]);
    // Lower-case Latin words are ids (appointments_booked, b2c, website) or the file's own names, never prose.
    const lower = [...latin].filter((w) => /^[a-z]+$/.test(w) && !LATIN.has(w));
    expect(lower.filter((w) => ['the', 'and', 'for', 'runs', 'stages', 'message', 'budget', 'uses', 'from', 'yes', 'no'].includes(w))).toEqual([]);
  }, 240_000);
});

describe('mcm init --yes in another language', () => {
  test('--locale pl --yes writes a Polish draft that lints without a finding', () => {
    const dir = tempDir();
    const written = mcm(dir, ['init', '--locale', 'pl', '--yes', 'x.yaml']);
    expect(written).toMatchObject({ code: 0, err: '' });
    expect(written.out.split('\n')[0]).toBe('✔ Zapisano x.yaml: 2 persony kupującego, 4 kanały, 4 etapy lejka.');
    expect(written.out).toContain('\nDalej:\n  mcm lint x.yaml ');
    const text = readFileSync(join(dir, 'x.yaml'), 'utf8');
    const strategy = parse(text);
    expect(strategy.locale).toBe('pl');
    expect(strategy.name).toBe('Wiosenna promocja na wymianę oleju');
    expect(strategy.budget.currency).toBe('PLN');
    expect(strategy.funnel.map((s: { objective: string }) => s.objective)).toEqual(['Kierowcy z okolicy dowiadują się o nas', 'Kierowcy porównują nas z ASO', 'Kierowcy umawiają się online', 'Klienci wracają na kolejny serwis']);
    expect(text).toContain('# Lejek sprzedażowy: które kanały służą któremu etapowi');
    expect(mcm(dir, ['lint', 'x.yaml'])).toEqual({ code: 0, out: '✔ Nie znaleziono problemów w 1 pliku.\n', err: '' });
    expect(JSON.parse(mcm(dir, ['lint', 'x.yaml', '--format', 'json']).out)).toMatchObject({ errorCount: 0, warningCount: 0, infoCount: 0 });
  });

  test.each([
    ['uk', { MCM_LOCALE: 'uk' }, '✔ Записано x.yaml: 2 персони покупця, 4 канали, 4 етапи воронки.', 'UAH'],
    ['ga', { LANG: 'ga_IE.UTF-8' }, '✔ Scríobhadh x.yaml: 2 phearsa, 4 chainéal, 4 chéim tonnadóra.', 'EUR'],
    ['ru', { LC_ALL: 'ru_RU.UTF-8', LANG: 'en_US.UTF-8' }, '✔ Записан x.yaml: 2 портрета клиента, 4 канала, 4 этапа воронки.', 'RUB'],
  ] as const)('%s chosen from the environment: the draft in the language, in the money of its country', (locale, env, first, currency) => {
    const dir = tempDir();
    const written = mcm(dir, ['init', '--yes', 'x.yaml'], env);
    expect(written).toMatchObject({ code: 0, err: '' });
    expect(written.out.split('\n')[0]).toBe(first);
    const strategy = parse(readFileSync(join(dir, 'x.yaml'), 'utf8'));
    expect([strategy.locale, strategy.budget.currency]).toEqual([locale, currency]);
    expect(JSON.parse(mcm(dir, ['lint', 'x.yaml', '--format', 'json']).out)).toMatchObject({ errorCount: 0, warningCount: 0, infoCount: 0 });
  });

  test('--locale wins over MCM_LOCALE and the system; an unknown one is exit 2 naming the five, and nothing is written', () => {
    const dir = tempDir();
    expect(mcm(dir, ['init', '--locale', 'uk', '--yes', 'a.yaml'], { MCM_LOCALE: 'pl', LANG: 'ru_RU.UTF-8' }).out.split('\n')[0]).toMatch(/^✔ Записано a\.yaml/);
    const unknown = mcm(dir, ['init', '--locale', 'de', '--yes', 'b.yaml']);
    expect(unknown).toEqual({ code: 2, out: '', err: 'mcm: --locale is "de", a language mcm does not speak: use one of en, uk, pl, ru, ga.\n' });
    expect(mcm(dir, ['init', '--yes', 'c.yaml'], { MCM_LOCALE: 'xx' }).code).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'strategy.schema.json']);
  });

  test('errors in the language: the answers file, and no terminal', () => {
    const dir = tempDir();
    const result = mcm(dir, ['init', '--locale', 'ru']);
    expect(result.code).toBe(2);
    expect(result.err).toBe('mcm: это не терминал, поэтому init не может задать вопросы. Чтобы подготовить стратегию без вопросов, запустите:\n  mcm init --yes --preset local-service     (или --preset ecommerce, --preset b2b-saas)\nили дайте ответы в файле YAML или JSON:\n  mcm init --answers answers.yaml --yes\n');
    const missing = mcm(dir, ['init', '--locale', 'pl', '--answers', 'nope.yaml', '--yes']);
    expect(missing).toEqual({ code: 2, out: '', err: 'mcm: Nie znaleziono pliku odpowiedzi „nope.yaml”.\n' });
    expect(mcm(dir, ['init', '--locale', 'uk', '--yes', '--goal-target', 'багато'])).toEqual({
      code: 2, out: '', err: 'mcm: --goal-target: Цільове значення: потрібне число, а не «багато» — напишіть його так: 400.\n',
    });
  });
});

describe('mcm init errors in Russian and Irish: exit 2, the sentence in the language, nothing written', () => {
  const setUp = () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'taken.yaml'), 'name: x\n');
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'typo.yaml'), 'nme: Весенняя акция\n');
    writeFileSync(join(dir, 'target.yaml'), 'goal:\n  target: lots\n');
    writeFileSync(join(dir, 'personas.yaml'), 'personas: 5\n');
    writeFileSync(join(dir, 'channels.yaml'), 'channels: [5]\n');
    writeFileSync(join(dir, 'twice.yaml'), 'name: a\nname: b\n');
    writeFileSync(join(dir, 'tab.yaml'), 'name:\n\t- a\n');
    writeFileSync(join(dir, 'unclosed.yaml'), 'name: [a\n');
    writeFileSync(join(dir, 'outside.yaml'), 'name: x\n');
    mkdirSync(join(dir, 'here'));
    symlinkSync(join(dir, 'outside.yaml'), join(dir, 'here', 'link.yaml'));
    return dir;
  };
  const failed = (err: string) => ({ code: 2, out: '', err: `mcm: ${err}\n` });

  test.each([
    ['ru', ['--yes', 'taken.yaml'], 'taken.yaml уже существует, а mcm init никогда не заменяет файл без спроса. Укажите другой файл (mcm init new-strategy.yaml) или добавьте --force, чтобы заменить его.'],
    ['ru', ['--yes', 'plans'], '«plans» — это папка: укажите файл стратегии для записи, например plans/strategy.yaml.'],
    ['ru', ['--yes', '--answers', 'typo.yaml', 'new.yaml'], 'typo.yaml: «nme» — не ответ, который знает mcm init; может быть, вы имели в виду «name»?'],
    ['ru', ['--yes', '--answers', 'target.yaml', 'new.yaml'], 'В файле target.yaml, goal.target: Целевое значение: нужно число, а не «lots» — напишите его так: 400.'],
    ['ru', ['--yes', '--answers', 'personas.yaml', 'new.yaml'], 'personas.yaml, personas: нужен список (по строке «- » на элемент).'],
    ['ru', ['--yes', '--force', 'here/link.yaml'], 'Не удаётся записать here/link.yaml: это символическая ссылка на {dir}/outside.yaml, вне этой папки: mcm не пишет через неё (укажите сам этот файл, если запись должна быть там).'],
    ['ru', ['--yes', '--answers', 'twice.yaml', 'new.yaml'], 'Не удаётся прочитать ответы в twice.yaml (строка 2): Ключи словаря должны быть уникальными. Ответы пишутся в YAML или JSON.'],
    ['ru', ['--yes', '--answers', 'unclosed.yaml', 'new.yaml'], 'Не удаётся прочитать ответы в unclosed.yaml (строка 2): Список в квадратных скобках должен иметь достаточный отступ и заканчиваться на «]». Ответы пишутся в YAML или JSON.'],
    ['ga', ['--yes', '--answers', 'tab.yaml', 'new.yaml'], 'Ní féidir na freagraí in tab.yaml a léamh (líne 2): Ní cheadaítear táib mar eangú. Is YAML nó JSON iad na freagraí.'],
    ['ga', [], 'ní teirminéal é seo, mar sin ní féidir le init a cheisteanna a chur. Chun dréacht straitéise a dhéanamh gan cheisteanna, rith:\n  mcm init --yes --preset local-service     (nó --preset ecommerce, --preset b2b-saas)\nnó tabhair do fhreagraí i gcomhad YAML nó JSON:\n  mcm init --answers answers.yaml --yes'],
    ['ga', ['--yes', 'taken.yaml'], 'Tá taken.yaml ann cheana, agus ní ionadaíonn mcm init comhad riamh gan iarraidh. Ainmnigh comhad eile (mcm init new-strategy.yaml), nó cuir --force leis chun é a ionadú.'],
    ['ga', ['--yes', '--answers', 'nope.yaml', 'new.yaml'], 'Ní féidir comhad na bhfreagraí "nope.yaml" a aimsiú.'],
    ['ga', ['--yes', '--answers', 'target.yaml', 'new.yaml'], 'Sa chomhad target.yaml, goal.target: Sprioc-luach: ní mór uimhir, ní "lots"; scríobh í mar 400.'],
    ['ga', ['--yes', '--answers', 'channels.yaml', 'new.yaml'], 'channels.yaml, channels[0]: ní mór mapáil freagraí, nó cineál cainéil mar "email".'],
    ['ga', ['--yes', '--force', 'here/link.yaml'], 'Ní féidir here/link.yaml a scríobh: is nasc siombalach é chuig {dir}/outside.yaml, lasmuigh den fhillteán seo: ní scríobhann mcm tríd (ainmnigh an comhad sin féin más ansin atá sé le dul).'],
  ] as const)('%s: mcm init %j', (locale, args, message) => {
    const dir = setUp();
    expect(mcm(dir, ['init', '--locale', locale, ...args], { XDG_STATE_HOME: join(dir, 'state') })).toEqual(failed(message.replace('{dir}', dir)));
    expect(readdirSync(dir).filter((name) => name === 'new.yaml' || name === 'strategy.yaml')).toEqual([]);
    expect(readFileSync(join(dir, 'outside.yaml'), 'utf8')).toBe('name: x\n');
  });

  test('in English the same errors read as before, word for word', () => {
    const dir = setUp();
    expect(mcm(dir, ['init', '--locale', 'en', '--yes', '--answers', 'target.yaml', 'new.yaml'])).toEqual(failed('In target.yaml, goal.target: The goal target must be a number, not "lots": write it like 400.'));
    expect(mcm(dir, ['init', '--locale', 'en', '--yes', '--answers', 'typo.yaml', 'new.yaml'])).toEqual(failed('typo.yaml: "nme" is not an answer mcm init knows; did you mean "name"?'));
    expect(mcm(dir, ['init', '--locale', 'en', '--yes', '--answers', 'twice.yaml', 'new.yaml'])).toEqual(failed('Cannot read the answers in twice.yaml (line 2): Map keys must be unique. Answers are YAML or JSON.'));
    expect(mcm(dir, ['init', '--locale', 'en', '--yes', '--answers', 'unclosed.yaml', 'new.yaml'])).toEqual(failed('Cannot read the answers in unclosed.yaml (line 2): Flow sequence in block collection must be sufficiently indented and end with a ]. Answers are YAML or JSON.'));
    expect(mcm(dir, ['init', '--locale', 'en', '--yes', '--force', 'here/link.yaml'])).toEqual(failed(`Cannot write here/link.yaml: it is a symbolic link to ${dir}/outside.yaml, outside this folder: mcm does not write through it (name that file itself if that is where it belongs).`));
  });
});

// Lines of each drafted preset, exactly as written: the words a person reads in the language, ids and keys in English.
const DRAFTS: Record<string, Record<string, string[]>> = {
  ecommerce: {
    uk: ['name: Осінній дроп кросівок', '  statement: Продати кросівок онлайн на 150 000 грн за цей сезон', '    name: Мія, екосвідома студентка', '      cta: Купуй за посиланням у біо', '      headline: "Екокросівки: 100 днів на тест"', '    objective: Клієнти повертаються по наступну пару'],
    pl: ['name: Jesienny drop sneakersów', '  statement: Sprzedać online sneakersy za 150 000 zł w tym sezonie', '    name: Maja, studentka dbająca o planetę', '    pain_points: [ekościema, droga wysyłka]', '      cta: Kupuj przez link w bio', '    objective: Klienci wracają po kolejną parę'],
    ru: ['name: Осенний дроп кроссовок', '  statement: Продать кроссовок онлайн на 150 000 ₽ за этот сезон', '    name: Майя, экоосознанная студентка', '  voice: [игривый, уверенный]', '      tone: игривый', '    objective: Клиенты возвращаются за следующей парой'],
    ga: ['name: Seoladh bróg reatha an fhómhair', '  statement: Bróga reatha ar fiú 150,000 € iad a dhíol ar líne an séasúr seo', '    name: Méabh, an mac léinn éiceachairdiúil', '      cta: Ceannaigh anois', '    name: Nuachtlitir', '    objective: Aimsíonn siopadóirí an branda'],
  },
  'b2b-saas': {
    uk: ['name: Наповнення воронки продажів у III кварталі', '    name: Оксана, операційна менеджерка', '    name: Листи для прогріву лідів', '      cta: Забронювати місце', '    owner: Менеджер з генерації попиту', '    objective: Команди бачать продукт у роботі'],
    pl: ['name: Zasilamy lejek sprzedażowy w Q3', '  statement: Pozyskać 300 kwalifikowanych leadów z zespołów operacyjnych w tym kwartale', '    name: Marek, dyrektor HR', '      cta: Wypróbuj za darmo', '      headline: Grafiki gotowe do listy płac', '    objective: Zespoły zaczynają darmowy okres próbny'],
    ru: ['name: Наполнение воронки продаж в III квартале', '    name: Ольга, операционный менеджер', '      headline: Три ошибки в графиках, которые стоят вам переработок', '      cta: Попробовать бесплатно', '  voice: [экспертный, понятный]', '    objective: Команды начинают бесплатный пробный период'],
    ga: ['name: Feachtas píblíne na tríú ráithe', '  statement: 300 leid cháilithe a fháil ó fhoirne oibríochtaí an ráithe seo', '    name: Áine, an bainisteoir oibríochtaí', '      cta: Léigh an treoir', '    owner: Bainisteoir giniúna éilimh', '    objective: Tosaíonn foirne triail saor in aisce'],
  },
  'local-service': {
    uk: ['name: Весняна акція на заміну оливи', '    name: Лука, власник першого авто', '      cta: Обрати час'],
    pl: ['name: Wiosenna promocja na wymianę oleju', '    name: Łukasz, właściciel pierwszego auta', '      cta: Wybierz termin'],
    ru: ['name: Весенняя акция на замену масла', '    name: Лука, владелец первой машины', '      cta: Выбрать время'],
    ga: ['name: Promo athrú ola an earraigh', '    name: Lúcás, úinéir a chéad chairr', '      cta: Roghnaigh sliotán'],
  },
};
const CLEAN: Record<string, string> = {
  uk: '✔ Проблем не знайдено у 1 файлі.\n',
  pl: '✔ Nie znaleziono problemów w 1 pliku.\n',
  ru: '✔ Проблем не найдено в 1 файле.\n',
  ga: '✔ Níor aimsíodh aon fhadhb i 1 chomhad.\n',
};

describe('mcm init --preset in every language: the draft in its words, linting clean', () => {
  test.each(Object.keys(DRAFTS).flatMap((name) => ['uk', 'pl', 'ru', 'ga'].map((locale) => [name, locale] as const)))('--preset %s --locale %s', (name, locale) => {
    const dir = tempDir();
    const written = mcm(dir, ['init', '--preset', name, '--locale', locale, '--yes', 's.yaml']);
    expect({ code: written.code, err: written.err }).toEqual({ code: 0, err: '' });
    const text = readFileSync(join(dir, 's.yaml'), 'utf8');
    const lines = text.split('\n');
    expect(lines).toContain(`locale: ${locale}`);
    for (const line of DRAFTS[name]![locale]!) expect(lines, line).toContain(line);
    expect(parse(text).personas.map((p: { id: string }) => p.id)).toEqual(name === 'ecommerce' ? ['eco-student', 'practical-parent'] : name === 'b2b-saas' ? ['ops-manager', 'hr-director'] : ['busy-commuter', 'first-car-owner']);
    // Nothing a person reads is left in English.
    for (const word of ['Autumn', 'sneaker drop', 'pipeline push', 'Shop ', 'Content creator', 'the practical parent', 'operations manager', 'Start free trial', 'Oil change', 'Book ']) expect(text, word).not.toContain(word);
    expect(mcm(dir, ['lint', 's.yaml'])).toEqual({ code: 0, out: CLEAN[locale], err: '' });
    expect(JSON.parse(mcm(dir, ['lint', 's.yaml', '--format', 'json']).out)).toMatchObject({ errorCount: 0, warningCount: 0, infoCount: 0 });
  });
});
