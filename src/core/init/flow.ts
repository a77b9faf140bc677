import type { FormatId } from '../catalog/types.js';
import { isRecord } from '../strategy/describe.js';
import { STAGES } from '../strategy/types.js';
import type { Answers, ChannelAnswers, KpiAnswers, PersonaAnswers, StageAnswers } from './answers.js';
import { channelQuestions, channelTypesQuestion, contentQuestions, funnelQuestions, kpiQuestions } from './channel-questions.js';
import type { Asker, Question } from './question.js';
import { budgetQuestions, personaQuestions, strategyQuestions } from './questions.js';
import { matchPreset, suggestedKpis, suggestedTypes, stageChannels } from './suggest.js';

const typeOf = (item: unknown) => (isRecord(item) ? item.type : item);
const metricOf = (item: unknown) => (isRecord(item) ? item.metric : item);
const pickList = (of: (item: unknown) => unknown) => (value: unknown) => (Array.isArray(value) ? value.map(of) : value);

/** Asks every question in the order of the method; the preset gives the defaults. */
export async function collectAnswers(asker: Asker, preset: Answers, today: string): Promise<Answers> {
  // 1. Name, goal, USP, approach, brand voice.
  const q = strategyQuestions(preset, today);
  const name = await asker.ask(q.name, ['name']);
  const statement = await asker.ask(q.statement, ['goal', 'statement']);
  const metric = await asker.ask(q.metric(statement), ['goal', 'metric']);
  const target = await asker.ask(q.target(statement, metric), ['goal', 'target']);
  const baseline = await asker.ask(q.baseline(statement, metric), ['goal', 'baseline']);
  const deadline = await asker.ask(q.deadline, ['goal', 'deadline']);
  const usp = await asker.ask(q.usp, ['usp']);
  const approach = await asker.ask(q.approach, ['approach']);
  const crm = await asker.ask(approach === 'multichannel' ? { ...q.crm, skip: true, default: undefined } : q.crm, ['stack', 'crm']);
  const voice = await asker.ask(q.voice, ['brand', 'voice']);
  const coreMessage = await asker.ask(q.coreMessage(usp), ['brand', 'core_message']);
  // The preset's personas, channels, funnel and content suit its business only: another USP, another business.
  const plan = usp === preset.usp ? preset : undefined;

  // 2. Personas: as many as the answers list, or until "add another?" gets a no.
  const personas = await collectPersonas(asker, plan);

  // 3. Channels, pre-selected from the personas' preferred channels and segments.
  const types = await asker.ask(channelTypesQuestion(personas, suggestedTypes(personas)), ['channels'], pickList(typeOf));
  const bases = plan ? matchPreset(types, plan) : types.map(() => undefined);
  const channels: ChannelAnswers[] = [];
  for (const [i, type] of types.entries()) {
    const cq = channelQuestions(type, bases[i], channels.map((c) => c.id), personas);
    const id = await asker.ask(cq.id, ['channels', i, 'id']);
    channels.push({
      id,
      type,
      name: await asker.ask(cq.name(id), ['channels', i, 'name']),
      personas: await asker.ask(cq.personas(id), ['channels', i, 'personas']),
      owner: await asker.ask(cq.owner(id), ['channels', i, 'owner']),
      content: { format: 'other', message: '', cta: '' },
      kpis: [],
    });
  }

  // 4. Funnel mapping, pre-selected from the preset or the catalog's typical stages.
  const funnel: StageAnswers[] = [];
  const choices = channels.map((c) => ({ value: c.id, name: c.name.toLowerCase() === c.id ? c.name : `${c.name} (${c.id})` }));
  const placed = channels.map((c, i) => ({ id: c.id, type: c.type, base: bases[i] }));
  for (const stage of STAGES) {
    const base = plan?.funnel.find((s) => s.stage === stage);
    const fq = funnelQuestions(stage, choices, stageChannels(stage, placed, preset, stage !== 'advocacy'), base?.objective);
    const ids = await asker.ask(fq.channels, ['funnel', stage, 'channels']);
    if (ids.length) funnel.push({ stage, objective: await asker.ask(fq.objective, ['funnel', stage, 'objective']), channels: ids });
  }

  // 5. Content per channel, within the limits of its format.
  for (const [i, channel] of channels.entries()) {
    const earlier = channels.slice(0, i).map((c) => ({ id: c.id, message: c.content.message }));
    const cq = contentQuestions(channel.id, channel.type, bases[i], voice, earlier);
    const at = (key: string) => ['channels', i, 'content', key];
    const format: FormatId = await asker.ask(cq.format, at('format'));
    const message = await asker.ask(cq.message(format), at('message'));
    const headline = await asker.ask(cq.headline(format, message), at('headline'));
    const cta = await asker.ask(cq.cta(format, message), at('cta'));
    channel.content = { format, headline, message, cta, tone: await asker.ask(cq.tone, at('tone')) };
  }

  // 6. KPIs per channel, suggested from the catalog.
  for (const [i, channel] of channels.entries()) {
    const kq = kpiQuestions(channel.id, channel.type, bases[i], suggestedKpis(channel.type, bases[i]));
    const chosen = await asker.ask(kq.metrics, ['channels', i, 'kpis'], pickList(metricOf));
    const kpis: KpiAnswers[] = [];
    for (const [k, kpiMetric] of chosen.entries()) {
      const kpiTarget = await asker.ask(kq.target(kpiMetric), ['channels', i, 'kpis', k, 'target']);
      kpis.push({ metric: kpiMetric, target: kpiTarget, baseline: await asker.ask(kq.baseline(kpiMetric), ['channels', i, 'kpis', k, 'baseline']) });
    }
    channel.kpis = kpis;
  }

  // 7. Budget: the total, then its split, never more than what is left.
  const bq = budgetQuestions(preset);
  const total = await asker.ask(bq.total, ['budget', 'total']);
  const currency = total === undefined ? undefined : await asker.ask(bq.currency, ['budget', 'currency']);
  let remaining = total ?? Infinity;
  for (const [i, channel] of channels.entries()) {
    const base = bases[i]?.budget;
    const suggested = total === undefined ? undefined : base !== undefined ? Math.min(base, remaining) : Math.floor(remaining / (channels.length - i));
    const split = bq.split(channel.id, remaining, currency ?? '', suggested);
    channel.budget = await asker.ask(total === undefined ? { ...split, skip: true, default: undefined } : split, ['channels', i, 'budget']);
    remaining -= channel.budget ?? 0;
  }

  return {
    name,
    goal: { statement, metric, target, baseline, deadline },
    usp,
    approach,
    crm,
    brand: { voice, core_message: coreMessage },
    personas,
    channels,
    funnel,
    budget: total === undefined || currency === undefined ? undefined : { total, currency },
  };
}

async function collectPersonas(asker: Asker, plan: Answers | undefined): Promise<PersonaAnswers[]> {
  const suggested = plan?.personas ?? [];
  const given = asker.count(['personas']);
  const personas: PersonaAnswers[] = [];
  for (let i = 0; given === undefined ? true : i < given; i++) {
    if (given === undefined && i > 0) {
      const more = await asker.ask(personaQuestions(i + 1, undefined, []).another(i < suggested.length), ['personas', 'more']);
      if (!more) break;
    }
    // A persona from the answers file takes the preset's details only when it is the preset's persona.
    const fromFile = given !== undefined;
    const placeholder = personaQuestions(i + 1, fromFile ? undefined : suggested[i], []);
    const personaName = await asker.ask(placeholder.name, ['personas', i, 'name']);
    const base = fromFile ? suggested.find((p) => p.name === personaName) : suggested[i];
    const same = base?.name === personaName;
    const pq = personaQuestions(i + 1, base, personas.map((p) => p.id));
    const ask = <T>(question: Question<T>, key: string) => asker.ask(question, ['personas', i, key]);
    const personaId = await ask(pq.id(personaName, same), 'id');
    const segment = await ask(pq.segment(personaName), 'segment');
    const age = await ask(pq.age(personaName, same), 'age');
    const description = await ask(pq.description(personaName, same), 'description');
    const motivations = await ask(pq.motivations(personaName, same), 'motivations');
    const painPoints = await ask(pq.painPoints(personaName, same), 'pain_points');
    const preferred = await ask(pq.preferred(personaName, same, segment), 'preferred_channels');
    personas.push({ id: personaId, name: personaName, segment, age, description, motivations, pain_points: painPoints, preferred_channels: preferred });
  }
  return personas;
}
