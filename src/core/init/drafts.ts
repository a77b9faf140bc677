import type { ChannelTypeId, FormatId } from '../catalog/types.js';

/** A first draft of a channel's content, for a channel the preset does not have. */
export interface Draft {
  message: string;
  cta: string;
}

// Short (90 characters at most, the tightest message limit in the catalog: search ad and display
// descriptions) and written in the GSM-7 alphabet, so each fits every format's limits. Distinct enough
// from one another that no-identical-content never sees two drafts as the same message.
export const FORMAT_DRAFTS: Record<FormatId, Draft> = {
  'landing-page': { message: 'Everything you need to decide on one page, with the offer and what happens next.', cta: 'Get started' },
  'blog-post': { message: 'A practical guide to the problem our customers bring us most, with answers you can use.', cta: 'Read the guide' },
  article: { message: 'An in-depth article on why it matters now, with examples from real customers.', cta: 'Read the article' },
  'text-post': { message: 'Quick question for you: what slows you down most? We built our offer around the answer.', cta: 'Tell us' },
  'image-post': { message: 'One picture says it best: this is what our customers get, every single time.', cta: 'See more' },
  carousel: { message: 'Swipe through the five steps, from first try to the result you are looking for.', cta: 'Swipe to see' },
  'short-video': { message: 'Thirty seconds, one before and after: watch what changes when you switch to us.', cta: 'Watch now' },
  video: { message: 'See the whole process start to finish, and the team behind it, in under three minutes.', cta: 'Watch the video' },
  story: { message: 'Behind the scenes today: tap through a day with our team and vote for your favourite.', cta: 'Tap through' },
  'live-video': { message: 'Join us live: we answer your questions and show the offer in action, no script.', cta: 'Join the live' },
  pin: { message: 'Save this idea for later: a simple way to get better results, step by step.', cta: 'Save the pin' },
  newsletter: { message: 'This month: one useful tip, one customer story, and what is new on our side.', cta: 'Read this issue' },
  'promotional-email': { message: 'This offer is only for our subscribers and ends soon: here is what you get.', cta: 'Claim the offer' },
  'transactional-email': { message: 'Thanks for your order: here is everything you need for the next step, in one place.', cta: 'View my order' },
  'text-message': { message: 'Your offer is waiting: reply YES and we will set it up for you. Reply STOP to opt out.', cta: 'Reply YES' },
  'push-notification': { message: 'It is back, and only for a few days: tap to see what is new for you.', cta: 'Open the app' },
  'in-app-message': { message: 'New here? Take the 60-second tour and find the feature people love most.', cta: 'Take the tour' },
  'chat-message': { message: 'Hi, can we help you choose? Ask us anything, a real person answers in minutes.', cta: 'Start a chat' },
  'search-ad': { message: 'Compare the options in minutes and pick what suits you. Free to try, no commitment.', cta: 'Try it free' },
  'display-banner': { message: 'Still thinking it over? Your offer is saved, and it only takes a minute to finish.', cta: 'Finish in a minute' },
  'social-ad': { message: 'Made for people like you, and already trusted by thousands. See why in 30 seconds.', cta: 'Learn more' },
  'print-ad': { message: 'Cut out this page and bring it along: it is worth a welcome gift on your first visit.', cta: 'Bring this page' },
  flyer: { message: 'Show this flyer at the counter to get your welcome discount, valid this month only.', cta: 'Visit us' },
  'direct-mail-piece': { message: 'A personal invitation for you, with a code inside that unlocks your welcome offer.', cta: 'Use your code' },
  'tv-spot': { message: 'Thirty seconds, one promise, one memorable line, and where to find us straight after.', cta: 'Search our name' },
  'radio-spot': { message: 'Picture the problem, hear the fix, and remember one easy address to look us up.', cta: 'Visit our website' },
  billboard: { message: 'Seven words, one picture, our name: readable in the three seconds people have.', cta: 'Look us up' },
  'podcast-episode': { message: 'This episode: an honest talk with a customer about what worked and what did not.', cta: 'Listen now' },
  'event-booth': { message: 'Meet the team at our booth, try it yourself, and leave with a show-only offer.', cta: 'Visit our booth' },
  'in-store-display': { message: 'Try it here in the shop today: ask our staff for a quick demo at the counter.', cta: 'Ask for a demo' },
  'referral-offer': { message: 'Invite a friend: when they join, you both get a reward. Share your personal link.', cta: 'Invite a friend' },
  'affiliate-offer': { message: 'Recommend us to your audience and earn a commission on every sale your link brings.', cta: 'Join the programme' },
  'channel-post': { message: 'News for subscribers first: what is new this week, and an offer only for this channel.', cta: 'Read the post' },
  listing: { message: 'What it is, what it is made of, and why buyers pick it: the facts a shopper compares.', cta: 'Buy now' },
  other: { message: 'Our key message, adapted to this channel: what we offer, for whom, and why now.', cta: 'Find out more' },
};

/** Taken in turn when a draft would repeat another channel's message (two channels of one format). */
export const SPARE_DRAFTS: string[] = [
  'A second angle on the offer: the question customers ask us before they decide, answered.',
  'Real results first: a short customer story, then the one step to get the same yourself.',
  'The offer in numbers: what it costs, what it saves, and how fast you see the difference.',
  'Last call before the offer ends: a reminder of what you get and how easy it is to start.',
  'For the people who already know us: a thank-you, and something new they will want to see.',
  'Myth or fact? We clear up the most common doubt about our offer, in plain words.',
];

/** The KPIs pre-selected for a channel the preset does not have: the ones its type is most judged by. */
export const SUGGESTED_KPIS: Record<ChannelTypeId, string[]> = {
  website: ['conversion_rate', 'sessions'],
  blog: ['organic_traffic', 'subscribers'],
  seo: ['organic_traffic', 'keyword_rankings'],
  'ppc-search': ['click_through_rate', 'cost_per_acquisition'],
  display: ['impressions', 'click_through_rate'],
  facebook: ['reach', 'engagement_rate'],
  instagram: ['reach', 'engagement_rate'],
  tiktok: ['video_views', 'engagement_rate'],
  linkedin: ['engagement_rate', 'leads'],
  x: ['impressions', 'engagement_rate'],
  youtube: ['video_views', 'watch_time'],
  pinterest: ['impressions', 'saves'],
  snapchat: ['reach', 'video_views'],
  email: ['open_rate', 'click_rate'],
  sms: ['click_rate', 'conversions'],
  push: ['open_rate', 'click_rate'],
  'live-chat': ['chats_started', 'conversion_rate'],
  'in-app': ['click_through_rate', 'active_users'],
  'retail-store': ['foot_traffic', 'redemptions'],
  events: ['attendees', 'leads'],
  webinar: ['attendees', 'conversions'],
  print: ['reach', 'redemptions'],
  tv: ['reach', 'gross_rating_points'],
  radio: ['reach', 'redemptions'],
  outdoor: ['impressions', 'foot_traffic'],
  referral: ['referrals', 'conversions'],
  affiliate: ['clicks', 'conversions'],
  podcast: ['downloads', 'redemptions'],
  'direct-mail': ['redemptions', 'conversion_rate'],
  telegram: ['subscribers', 'engagement_rate'],
  whatsapp: ['reply_rate', 'conversions'],
  viber: ['subscribers', 'click_rate'],
  messenger: ['reply_rate', 'conversions'],
  'google-business-profile': ['calls', 'direction_requests'],
  threads: ['followers', 'engagement_rate'],
  reddit: ['engagement_rate', 'clicks'],
  twitch: ['video_views', 'followers'],
  marketplace: ['conversions', 'revenue'],
  custom: ['conversions', 'reach'],
};

/**
 * Starting targets for the catalog metrics, for a KPI the user has not given a number: round figures
 * for a small business over a quarter, meant to be replaced, not benchmarks. Rates are fractions.
 */
export const STARTING_TARGETS: Record<string, number> = {
  impressions: 100000, reach: 20000, frequency: 3, clicks: 2000, click_through_rate: 0.02, cost_per_click: 1.5,
  cost_per_acquisition: 40, cost_per_lead: 50, conversions: 200, conversion_rate: 0.03, return_on_ad_spend: 4,
  revenue: 50000, average_order_value: 80, leads: 100, sessions: 10000, bounce_rate: 0.45, time_on_page: 90,
  organic_traffic: 5000, keyword_rankings: 10, backlinks: 50, followers: 1000, engagement_rate: 0.03, likes: 2000,
  comments: 200, shares: 300, saves: 300, retweets: 200, mentions: 100, video_views: 50000, watch_time: 1000,
  view_through_rate: 0.25, subscribers: 1000, open_rate: 0.35, click_rate: 0.04, unsubscribe_rate: 0.005,
  delivery_rate: 0.97, opt_out_rate: 0.01, reply_rate: 0.1, response_time: 60, chats_started: 500, csat: 85, nps: 40,
  app_installs: 1000, active_users: 5000, retention_rate: 0.6, churn_rate: 0.05, foot_traffic: 2000, redemptions: 200,
  attendees: 100, downloads: 2000, listens: 5000, gross_rating_points: 200, brand_lift: 5, referrals: 100,
  appointments_booked: 300, customer_lifetime_value: 500, qr_scans: 500, calls: 100,
  direction_requests: 200, registrations: 150, spend: 1000,
};

/** What each stage is for, when the preset has no objective for it. */
export const STAGE_OBJECTIVES = {
  awareness: 'People who need us learn that we exist',
  consideration: 'Prospects compare us with the alternatives',
  conversion: 'Prospects take the step and buy or book',
  retention: 'Customers come back and buy again',
  advocacy: 'Customers recommend us to others',
} as const;
