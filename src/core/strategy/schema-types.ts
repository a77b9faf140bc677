/* Generated from schemas/strategy.schema.json by `npm run gen:types`. Do not edit. */

/**
 * A funnel stage: awareness, consideration, conversion, retention or advocacy.
 */
export type Stage = 'awareness' | 'consideration' | 'conversion' | 'retention' | 'advocacy';

/**
 * A multichannel marketing strategy: one goal, the personas it speaks to, the channels that reach them, the funnel each channel serves, and how success is measured. Format version 1.
 */
export interface Strategy {
  /**
   * Format version of this file. Always 1 for now.
   */
  mcm: 1;
  /**
   * Name of the strategy or campaign, as the team calls it.
   */
  name: string;
  /**
   * The language mcm speaks for this strategy (messages, briefs, the report): en, uk, pl, ru or ga. --locale and MCM_LOCALE take precedence.
   */
  locale?: 'en' | 'uk' | 'pl' | 'ru' | 'ga';
  /**
   * How the channels work together. multichannel: each channel runs on its own toward the same goal; cross-channel: channels hand a customer over to each other; omnichannel: one continuous experience across every channel.
   */
  approach?: 'multichannel' | 'cross-channel' | 'omnichannel';
  period?: Period;
  goal: Goal;
  /**
   * The unique selling proposition: why a customer picks you over the alternatives. Every channel builds on it.
   */
  usp: string;
  brand?: Brand;
  budget?: Budget;
  stack?: Stack;
  /**
   * The people the strategy speaks to. At least one.
   *
   * @minItems 1
   */
  personas: [Persona, ...Persona[]];
  /**
   * The channels that carry the message. A multichannel strategy has at least two.
   *
   * @minItems 1
   */
  channels: [Channel, ...Channel[]];
  /**
   * The funnel mapping: which channels serve which stage, awareness to advocacy.
   */
  funnel?: FunnelStage[];
  /**
   * A persona's path across channels, step by step. Expected for cross-channel and omnichannel strategies.
   */
  journeys?: Journey[];
}
/**
 * When the strategy runs, dates inclusive. goal.deadline should fall inside it; channel flights must.
 */
export interface Period {
  /**
   * The first day of the strategy, as an ISO date (YYYY-MM-DD).
   */
  start: string;
  /**
   * The last day of the strategy, as an ISO date (YYYY-MM-DD).
   */
  end: string;
}
/**
 * The one goal every channel serves.
 */
export interface Goal {
  /**
   * The goal in one sentence, for example "Book 400 oil changes online this quarter".
   */
  statement: string;
  /**
   * The metric the goal is measured by, for example appointments_booked or revenue.
   */
  metric?: string;
  /**
   * The number the metric must reach by the deadline.
   */
  target?: number;
  /**
   * Where the metric stands today.
   */
  baseline?: number;
  /**
   * When the target must be reached, as an ISO date (YYYY-MM-DD).
   */
  deadline?: string;
}
/**
 * How the brand sounds everywhere.
 */
export interface Brand {
  /**
   * Words for the tone every channel keeps, for example [friendly, straightforward]. Each channel's content tone should be one of them.
   *
   * Items: One word of the brand voice.
   */
  voice?: string[];
  /**
   * The one idea every message comes back to.
   */
  core_message?: string;
}
/**
 * The money behind the strategy.
 */
export interface Budget {
  /**
   * The total budget for all channels, in budget.currency.
   */
  total?: number;
  /**
   * ISO 4217 currency code, for example EUR or USD.
   */
  currency?: string;
}
/**
 * The tools that connect the channels and measure them.
 */
export interface Stack {
  /**
   * The customer relationship management system, for example HubSpot or Salesforce.
   */
  crm?: string;
  /**
   * The analytics tool, for example GA4 or Matomo.
   */
  analytics?: string;
  /**
   * The marketing automation tool, for example Klaviyo or Brevo.
   */
  automation?: string;
  /**
   * Other tools that connect channels, for example [LiveChat, Zapier].
   *
   * Items: A tool name.
   */
  other?: string[];
}
/**
 * A persona: a typical customer the strategy speaks to.
 */
export interface Persona {
  /**
   * The persona's id, used to refer to it from channels and journeys, for example busy-commuter.
   */
  id: string;
  /**
   * The persona as the team says it, for example "Emma, the busy commuter".
   */
  name: string;
  /**
   * b2c for a consumer, b2b for a professional buyer.
   */
  segment?: 'b2c' | 'b2b';
  age?: AgeRange;
  /**
   * Who this person is, in a sentence or two.
   */
  description?: string;
  /**
   * What this person wants, in their words.
   *
   * Items: One motivation.
   */
  motivations?: string[];
  /**
   * What frustrates this person today.
   *
   * Items: One pain point.
   */
  pain_points?: string[];
  /**
   * The channels this person uses: channel ids of this strategy or channel types (email, instagram…).
   *
   * Items: A channel id or channel type.
   */
  preferred_channels?: string[];
  /**
   * The devices this person uses.
   *
   * Items: A device: mobile, desktop, tablet, tv or in-store.
   */
  devices?: ('mobile' | 'desktop' | 'tablet' | 'tv' | 'in-store')[];
}
/**
 * The persona's age range.
 */
export interface AgeRange {
  /**
   * Youngest age, in years.
   */
  min?: number;
  /**
   * Oldest age, in years.
   */
  max?: number;
}
/**
 * A channel: where the message reaches the personas.
 */
export interface Channel {
  /**
   * The channel's id, used to refer to it from the funnel and journeys, for example facebook-page.
   */
  id: string;
  /**
   * The channel type from the mcm catalog; its formats, limits and KPIs are checked. Use custom for a channel mcm does not know.
   */
  type:
    | 'website'
    | 'blog'
    | 'seo'
    | 'ppc-search'
    | 'display'
    | 'facebook'
    | 'instagram'
    | 'tiktok'
    | 'linkedin'
    | 'x'
    | 'youtube'
    | 'pinterest'
    | 'snapchat'
    | 'email'
    | 'sms'
    | 'push'
    | 'live-chat'
    | 'in-app'
    | 'retail-store'
    | 'events'
    | 'webinar'
    | 'print'
    | 'tv'
    | 'radio'
    | 'outdoor'
    | 'referral'
    | 'affiliate'
    | 'podcast'
    | 'direct-mail'
    | 'telegram'
    | 'whatsapp'
    | 'viber'
    | 'messenger'
    | 'google-business-profile'
    | 'threads'
    | 'reddit'
    | 'twitch'
    | 'marketplace'
    | 'custom';
  /**
   * The channel as the team says it, for example "Facebook page and ads".
   */
  name?: string;
  /**
   * The personas this channel targets, by persona id.
   *
   * Items: A persona id.
   */
  personas?: string[];
  /**
   * Who runs this channel: a person or a role.
   */
  owner?: string;
  /**
   * This channel's budget, in budget.currency.
   */
  budget?: number;
  /**
   * When the channel is live: its flights, dates inclusive, each with an optional budget. Without a schedule the channel runs for the whole strategy period.
   */
  schedule?: Flight[];
  content?: ChannelContent;
  /**
   * How this channel's success is measured: at least one KPI with a numeric target.
   */
  kpis?: Kpi[];
}
/**
 * A flight: a stretch of dates when the channel is live, dates inclusive, with its own budget if it has one.
 */
export interface Flight {
  /**
   * The flight's first day, as an ISO date (YYYY-MM-DD).
   */
  start: string;
  /**
   * The flight's last day, as an ISO date (YYYY-MM-DD).
   */
  end: string;
  /**
   * The part of the channel's budget this flight spends, in budget.currency.
   */
  budget?: number;
  /**
   * A name for the flight, for example "Launch" or "Summer sale".
   */
  label?: string;
}
/**
 * What the channel says.
 */
export interface ChannelContent {
  /**
   * The content format; it must be one the channel type supports.
   */
  format?:
    | 'landing-page'
    | 'blog-post'
    | 'article'
    | 'text-post'
    | 'image-post'
    | 'carousel'
    | 'short-video'
    | 'video'
    | 'story'
    | 'live-video'
    | 'pin'
    | 'newsletter'
    | 'promotional-email'
    | 'transactional-email'
    | 'text-message'
    | 'push-notification'
    | 'in-app-message'
    | 'chat-message'
    | 'search-ad'
    | 'display-banner'
    | 'social-ad'
    | 'print-ad'
    | 'flyer'
    | 'direct-mail-piece'
    | 'tv-spot'
    | 'radio-spot'
    | 'billboard'
    | 'podcast-episode'
    | 'event-booth'
    | 'in-store-display'
    | 'referral-offer'
    | 'affiliate-offer'
    | 'channel-post'
    | 'listing'
    | 'other';
  /**
   * The headline or subject line, where the format has one (search ad headline, email subject).
   */
  headline?: string;
  /**
   * Several headlines, where the format takes several (a responsive search ad takes 3 to 15 headlines of 30 characters).
   *
   * Items: One headline.
   */
  headlines?: string[];
  /**
   * The message as it will be published, adapted to this channel.
   */
  message?: string;
  /**
   * Several descriptions, where the format takes several (a responsive search ad takes 2 to 4 descriptions of 90 characters).
   *
   * Items: One description.
   */
  descriptions?: string[];
  /**
   * The call to action, for example "Book now".
   */
  cta?: string;
  /**
   * Where the call to action leads.
   */
  link?: string;
  /**
   * Where the reader finds the link: caption (in the text itself), bio (the profile), sticker (a story link sticker), qr (a QR code), button (the platform's call-to-action button), printed (a printed address) or spoken (read out).
   */
  link_placement?: 'caption' | 'bio' | 'sticker' | 'qr' | 'button' | 'printed' | 'spoken';
  /**
   * The tone of this channel's content; it should be one of the brand voice words.
   */
  tone?: string;
  /**
   * What the team must produce for this channel, with counts, specs, due dates and owners.
   */
  deliverables?: Deliverable[];
}
/**
 * Something the team must produce for this channel: an asset, how many, to what spec, by when and by whom.
 */
export interface Deliverable {
  /**
   * What to produce, for example short-video, a content format, or your own words ("product photos").
   */
  asset: string;
  /**
   * How many of them.
   */
  count?: number;
  /**
   * The specification: size, length, ratio, for example "9:16, 15-30 s".
   */
  spec?: string;
  /**
   * When it must be ready, as an ISO date (YYYY-MM-DD); before the first flight it serves.
   */
  due?: string;
  /**
   * Who produces it: a person or a role.
   */
  owner?: string;
}
/**
 * A KPI: a metric and the number it should reach.
 */
export interface Kpi {
  /**
   * A metric id in snake_case: one from the mcm catalog (open_rate, click_through_rate…) or your own.
   */
  metric: string;
  /**
   * The number to reach. Ratios are fractions: 0.02 means 2 %.
   */
  target?: number;
  /**
   * Where the metric stands today. Ratios are fractions.
   */
  baseline?: number;
  /**
   * How results of your own metric add up over time: sum (a flow: the total so far, the default) or last (a level: the latest value). Catalog metrics know their own.
   */
  aggregate?: 'sum' | 'last';
}
/**
 * One stage of the funnel and the channels that serve it.
 */
export interface FunnelStage {
  stage: Stage;
  /**
   * What should happen at this stage, for example "Local drivers learn we exist".
   */
  objective?: string;
  /**
   * The channels that serve this stage, by channel id.
   *
   * Items: A channel id.
   */
  channels?: string[];
}
/**
 * A persona's path across channels.
 */
export interface Journey {
  /**
   * The persona who takes this path, by persona id.
   */
  persona: string;
  /**
   * The steps in order.
   *
   * @minItems 1
   */
  steps: [JourneyStep, ...JourneyStep[]];
}
/**
 * One step of the journey.
 */
export interface JourneyStep {
  /**
   * The channel of this step, by channel id.
   */
  channel: string;
  stage?: Stage;
  /**
   * What the persona does at this step.
   */
  action?: string;
}
