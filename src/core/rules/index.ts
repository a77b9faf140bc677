import type { Rule } from '../lint/define-rule.js';
import audienceFit from './audience-fit.js';
import budgetTotal from './budget-total.js';
import channelKpis from './channel-kpis.js';
import channelOrphans from './channel-orphans.js';
import channelOwner from './channel-owner.js';
import formatFit from './format-fit.js';
import funnelCoverage from './funnel-coverage.js';
import goalKpiLink from './goal-kpi-link.js';
import goalMeasurable from './goal-measurable.js';
import integrationRequired from './integration-required.js';
import knownReferences from './known-references.js';
import kpiChannelFit from './kpi-channel-fit.js';
import modeline from './modeline.js';
import kpiTargetPlausible from './kpi-target-plausible.js';
import multipleChannels from './multiple-channels.js';
import noCutText from './no-cut-text.js';
import noIdenticalContent from './no-identical-content.js';
import ownedChannel from './owned-channel.js';
import personaCoverage from './persona-coverage.js';
import personaStageCoverage from './persona-stage-coverage.js';
import schema from './schema.js';
import scheduleInPeriod from './schedule-in-period.js';
import linkTracking from './link-tracking.js';
import deliverablesDue from './deliverables-due.js';
import toneConsistency from './tone-consistency.js';
import uniqueIds from './unique-ids.js';
import unusedSuppression from './unused-suppression.js';
import yamlSyntax from './yaml-syntax.js';

/** The built-in ruleset: every rule of mcm, in the order `mcm rules` lists them. The engine runs any other ruleset alike. */
export const rules: readonly Rule[] = [
  yamlSyntax,
  schema,
  uniqueIds,
  knownReferences,
  multipleChannels,
  goalMeasurable,
  channelKpis,
  noIdenticalContent,
  noCutText,
  kpiChannelFit,
  kpiTargetPlausible,
  goalKpiLink,
  formatFit,
  funnelCoverage,
  personaCoverage,
  personaStageCoverage,
  channelOrphans,
  audienceFit,
  toneConsistency,
  budgetTotal,
  ownedChannel,
  integrationRequired,
  channelOwner,
  modeline,
  scheduleInPeriod,
  linkTracking,
  deliverablesDue,
  unusedSuppression,
];
