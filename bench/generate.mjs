// Generates realistic strategies for the benchmark: personas, funnel mapping, KPIs per channel,
// distinct messages built from marketing phrases, and a share of near-duplicate messages.

/** A small deterministic random generator (mulberry32), so every run lints the same files. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  return { next, int, pick };
}

// Channel types with a format they support and KPIs that exist on them (SPEC §3).
const TYPES = {
  website: { format: 'landing-page', kpis: ['conversion_rate', 'sessions', 'bounce_rate'], label: 'Website' },
  blog: { format: 'blog-post', kpis: ['organic_traffic', 'time_on_page'], label: 'Blog' },
  facebook: { format: 'image-post', kpis: ['click_through_rate', 'engagement_rate', 'reach'], label: 'Facebook' },
  instagram: { format: 'carousel', kpis: ['engagement_rate', 'reach', 'saves'], label: 'Instagram', noLink: true },
  linkedin: { format: 'text-post', kpis: ['engagement_rate', 'leads', 'impressions'], label: 'LinkedIn' },
  youtube: { format: 'video', kpis: ['video_views', 'watch_time'], label: 'YouTube' },
  email: { format: 'promotional-email', kpis: ['open_rate', 'click_rate'], label: 'Email' },
  tiktok: { format: 'short-video', kpis: ['video_views', 'engagement_rate'], label: 'TikTok', noLink: true },
  pinterest: { format: 'pin', kpis: ['saves', 'clicks'], label: 'Pinterest' },
  podcast: { format: 'podcast-episode', kpis: ['downloads', 'listens'], label: 'Podcast', noLink: true },
  print: { format: 'print-ad', kpis: ['reach', 'redemptions'], label: 'Print', noLink: true },
  radio: { format: 'radio-spot', kpis: ['reach', 'gross_rating_points'], label: 'Radio', noLink: true },
  outdoor: { format: 'billboard', kpis: ['impressions', 'reach'], label: 'Billboards', noLink: true },
  events: { format: 'event-booth', kpis: ['attendees', 'leads'], label: 'Events', noLink: true },
};
const TYPE_IDS = Object.keys(TYPES);
const STAGES = ['awareness', 'consideration', 'conversion', 'retention', 'advocacy'];
const OBJECTIVES = {
  awareness: 'People in our area learn we exist',
  consideration: 'Prospects compare us with the alternatives',
  conversion: 'Prospects book or buy online',
  retention: 'Customers come back for the next order',
  advocacy: 'Happy customers bring a friend',
};

const CITIES = ['lyon', 'lille', 'nantes', 'bordeaux', 'toulouse', 'nice', 'rennes', 'dijon', 'metz', 'brest', 'angers', 'reims', 'tours', 'caen', 'nancy', 'rouen', 'pau', 'nimes', 'amiens', 'limoges'];
const AUDIENCES = ['Commuters', 'Parents', 'Students', 'Retirees', 'Fleet managers', 'Shop owners', 'First-time buyers', 'Loyal customers', 'Weekend drivers', 'Office teams', 'Freelancers', 'Night-shift workers'];
const OPENERS = ['Short on time?', 'New in town?', 'Planning ahead?', 'Back from holiday?', 'Busy week?', 'Winter is coming.', 'Spring is here.', 'Road trip soon?', 'Moving house?', 'Running late again?', 'Got five minutes?', 'Ready for the weekend?', 'Tired of waiting rooms?', 'Another long commute?', 'Need it done today?'];
const BENEFITS = ['get your service done in 30 minutes', 'skip the queue with an online slot', 'see the full price before you book', 'drop your keys and pick them up by lunch', 'let a certified mechanic check 20 points for free', 'keep your warranty with genuine parts', 'book a slot that fits around school runs', 'have your tyres swapped while you shop', 'get a courtesy car for the day', 'pay in three instalments at no cost', 'chat with a mechanic before you come', 'get a photo report of every repair', 'join 4,000 neighbours who trust us', 'earn points on every visit', 'choose an early slot from 7 am'];
const OFFERS = ['and save 15 % this month', 'with a free car wash included', 'and get the next check-up free', 'with no booking fee until Sunday', 'and a coffee while you wait', 'with a 10 % loyalty discount', 'and free wiper blades in March', 'with a price-match promise', 'and a free battery test', 'with two years of parts guarantee', 'and a gift card for a friend', 'with free pick-up within 5 km', 'and double points this week', 'with a winter check for 19 euros', 'and priority slots for members'];
const CLOSERS = ['Book from your phone.', 'Slots go fast.', 'Tap to pick a time.', 'See you soon.', 'Call us or book online.', 'Offer ends on the 30th.', 'Only at our garages.', 'Ask us anything.', 'Bring a friend along.', 'Your car will thank you.', 'No appointment? Walk in.', 'Open late on Thursdays.', 'Rated 4.8 by our customers.', 'Parking is free.', 'We speak your language.'];
const SERVICES = ['oil change', 'brake check', 'tyre swap', 'air-con refill', 'MOT test', 'battery swap', 'wheel alignment', 'clutch repair', 'windscreen fix', 'full service', 'bodywork quote', 'EV health check', 'exhaust repair', 'headlight fix', 'timing belt'];
const WHEN = ['this Saturday', 'before the holidays', 'on your lunch break', 'any weekday', 'tomorrow morning', 'after work', 'this week', 'before winter', 'in under an hour', 'on Sunday mornings', 'before your road trip', 'at the start of spring', 'during school hours', 'this month', 'next Monday'];
const CTAS = ['Book now', 'Choose a slot', 'Get my quote', 'Claim the offer', 'Find a garage', 'Reserve my car wash', 'Join the club'];
const VOICE = ['friendly', 'straightforward', 'reassuring', 'upbeat'];
const MOTIVATIONS = ['save time', 'trustworthy service', 'clear prices', 'close to home', 'fast booking', 'expert advice'];
const PAINS = ['waiting rooms', 'surprise costs', 'hard to book', 'jargon', 'long phone calls', 'no updates'];
const ROLES = ['Social media manager', 'Email lead', 'Store manager', 'Content writer', 'Media buyer', 'Partnerships lead'];

function message(r, i, city) {
  // The channel number and the city make each text distinct, as real campaigns name places and dates.
  return `${r.pick(OPENERS)} Your ${r.pick(SERVICES)} in ${city[0].toUpperCase()}${city.slice(1)} ${r.pick(WHEN)}: ${r.pick(BENEFITS)} ${r.pick(OFFERS)}. ${r.pick(CLOSERS)} Ref. ${i}.`;
}

function nearCopy(r, text) {
  const edits = [(t) => t.replace('.', '!'), (t) => t.replace(/Ref\. \d+\./, 'Ref. online.'), (t) => t.toUpperCase(), (t) => t.replace('Your ', 'Get your ')];
  return r.pick(edits)(text);
}

const quote = (text) => JSON.stringify(text);

/**
 * A strategy with `channels` channels, as YAML text.
 * `duplicates` is the share of channels whose message copies or nearly copies an earlier one.
 */
export function strategy(channels, { seed = 1, duplicates = 0.05 } = {}) {
  const r = random(seed * 7919 + channels);
  const personaCount = Math.max(2, Math.min(200, Math.round(channels / 50)));
  const personas = Array.from({ length: personaCount }, (_, i) => {
    const audience = AUDIENCES[i % AUDIENCES.length];
    const city = CITIES[Math.floor(i / AUDIENCES.length) % CITIES.length];
    return { id: `${audience.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${city}-${i + 1}`, name: `${audience} in ${city[0].toUpperCase()}${city.slice(1)}`, b2b: /Fleet|Shop|Office|Freelancers/.test(audience) };
  });
  const out = [];
  out.push('# yaml-language-server: $schema=../../schemas/strategy.schema.json');
  out.push('mcm: 1', `name: Garage network growth plan (${channels} channels)`, 'approach: multichannel', 'goal:');
  out.push(`  statement: Book ${channels * 40} services online this year`, '  metric: appointments_booked', `  target: ${channels * 40}`, `  baseline: ${channels * 25}`, '  deadline: 2027-12-31');
  out.push('usp: Done in 30 minutes, or the next one is free', 'brand:', `  voice: [${VOICE.join(', ')}]`, '  core_message: Quick, honest car care close to home');
  const budgets = [];
  const lines = [];
  const texts = [];
  for (let i = 0; i < channels; i++) {
    const type = TYPE_IDS[i % TYPE_IDS.length];
    const facts = TYPES[type];
    const city = CITIES[r.int(CITIES.length)];
    const id = `${type}-${city}-${i + 1}`;
    const budget = 100 + r.int(40) * 25;
    budgets.push(budget);
    const text = texts.length > 10 && r.next() < duplicates ? nearCopy(r, r.pick(texts)) : message(r, i + 1, city);
    texts.push(text);
    const chosen = [personas[r.int(personaCount)].id];
    if (r.next() < 0.3) chosen.push(personas[r.int(personaCount)].id);
    lines.push(`  - id: ${id}`, `    type: ${type}`, `    name: ${facts.label} ${city[0].toUpperCase()}${city.slice(1)} ${i + 1}`, `    personas: [${[...new Set(chosen)].join(', ')}]`);
    // Optional fields are filled on some channels only, as in real strategies.
    if (r.next() < 0.6) lines.push(`    owner: ${r.pick(ROLES)}`);
    lines.push(`    budget: ${budget}`, '    content:', `      format: ${facts.format}`, `      message: ${quote(text)}`, `      cta: ${r.pick(CTAS)}`);
    if (!facts.noLink && r.next() < 0.6) lines.push(`      link: https://example.com/${city}/${id}`);
    if (r.next() < 0.7) lines.push(`      tone: ${r.pick(VOICE)}`);
    lines.push('    kpis:');
    for (const metric of facts.kpis.slice(0, 1 + r.int(facts.kpis.length))) {
      const rate = /rate$/.test(metric);
      const target = rate ? (1 + r.int(30)) / 100 : 100 * (1 + r.int(50));
      const baseline = r.next() < 0.5 ? `, baseline: ${rate ? Math.round(target * 60) / 100 : Math.round(target * 0.6)}` : '';
      lines.push(`      - { metric: ${metric}, target: ${target}${baseline} }`);
    }
  }
  const total = budgets.reduce((a, b) => a + b, 0);
  out.push('budget:', `  total: ${Math.ceil(total * 1.1 / 1000) * 1000}`, '  currency: EUR', 'stack:', '  crm: HubSpot', '  other: [LiveChat]');
  out.push('personas:');
  for (const p of personas) {
    out.push(`  - id: ${p.id}`, `    name: ${p.name}`, `    segment: ${p.b2b ? 'b2b' : 'b2c'}`, `    age: { min: ${20 + r.int(15)}, max: ${40 + r.int(20)} }`);
    out.push(`    motivations: [${r.pick(MOTIVATIONS)}, ${r.pick(MOTIVATIONS)}]`, `    pain_points: [${r.pick(PAINS)}]`);
    out.push(`    preferred_channels: [${[...new Set([r.pick(TYPE_IDS), r.pick(TYPE_IDS)])].join(', ')}]`, '    devices: [mobile, desktop]');
  }
  out.push('channels:');
  for (const line of lines) out.push(line);
  out.push('funnel:');
  const ids = lines.filter((l) => l.startsWith('  - id: ')).map((l) => l.slice(8));
  STAGES.forEach((stage, s) => {
    // Every channel serves its own stage and, for a third of them, the next one.
    const members = ids.filter((_, i) => i % STAGES.length === s || (i % 3 === 0 && (i + 1) % STAGES.length === s));
    out.push(`  - stage: ${stage}`, `    objective: ${OBJECTIVES[stage]}`, '    channels:');
    for (const id of members) out.push(`      - ${id}`);
  });
  out.push('journeys:');
  personas.slice(0, Math.min(personaCount, 20)).forEach((p, i) => {
    out.push(`  - persona: ${p.id}`, '    steps:');
    out.push(`      - { channel: ${ids[(i * 5) % ids.length]}, stage: awareness, action: Sees the offer on the way to work }`);
    out.push(`      - { channel: ${ids[(i * 5 + 2) % ids.length]}, stage: conversion, action: Books a slot from the phone }`);
  });
  return out.join('\n') + '\n';
}
