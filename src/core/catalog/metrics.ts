import type { Stage } from '../strategy/schema-types.js';

// Data: one entry per metric id fixed by SPEC §3, which is why this file runs past 300 lines.

/** What mcm knows about a catalog metric. */
export interface MetricFacts {
  label: string;
  /** The funnel stages the metric mainly measures. */
  stages: Stage[];
  /** true: a rate written as a fraction (0.02 = 2 %). */
  ratio: boolean;
  description: string;
}

/** The catalog metrics, keyed by the ids users write in `kpis[].metric`. */
export const metrics: Record<string, MetricFacts> = {
  impressions: {
    label: 'Impressions',
    stages: ['awareness'],
    ratio: false,
    description: 'How many times the content was shown, repeats included.',
  },
  reach: {
    label: 'Reach',
    stages: ['awareness'],
    ratio: false,
    description: 'How many different people saw the content at least once.',
  },
  frequency: {
    label: 'Frequency',
    stages: ['awareness'],
    ratio: false,
    description: 'How many times, on average, each person reached saw the content.',
  },
  clicks: {
    label: 'Clicks',
    stages: ['consideration'],
    ratio: false,
    description: 'How many times people clicked or tapped through to the destination.',
  },
  click_through_rate: {
    label: 'Click-through rate',
    stages: ['consideration'],
    ratio: true,
    description: 'Clicks divided by impressions, for ads, posts and search results.',
  },
  cost_per_click: {
    label: 'Cost per click',
    stages: ['consideration'],
    ratio: false,
    description: 'Media spend divided by clicks.',
  },
  cost_per_acquisition: {
    label: 'Cost per acquisition',
    stages: ['conversion'],
    ratio: false,
    description: 'Spend divided by the customers or sales it brought.',
  },
  cost_per_lead: {
    label: 'Cost per lead',
    stages: ['conversion'],
    ratio: false,
    description: 'Spend divided by the leads it brought.',
  },
  conversions: {
    label: 'Conversions',
    stages: ['conversion'],
    ratio: false,
    description: 'How many times people completed the action you want: a purchase, a sign-up, a booking.',
  },
  conversion_rate: {
    label: 'Conversion rate',
    stages: ['conversion'],
    ratio: true,
    description: 'Conversions divided by the visits, clicks or contacts that could have converted.',
  },
  return_on_ad_spend: {
    label: 'Return on ad spend',
    stages: ['conversion'],
    ratio: false,
    description: 'Revenue divided by ad spend, written as a multiple (4 means 4 of revenue per 1 spent).',
  },
  revenue: {
    label: 'Revenue',
    stages: ['conversion', 'retention'],
    ratio: false,
    description: 'Sales the channel brought, in the budget currency.',
  },
  average_order_value: {
    label: 'Average order value',
    stages: ['conversion', 'retention'],
    ratio: false,
    description: 'Revenue divided by the number of orders.',
  },
  leads: {
    label: 'Leads',
    stages: ['conversion'],
    ratio: false,
    description: 'Prospects who left their contact details or asked to be contacted.',
  },
  sessions: {
    label: 'Sessions',
    stages: ['consideration'],
    ratio: false,
    description: 'Visits to the website or app, as the analytics tool counts them.',
  },
  bounce_rate: {
    label: 'Bounce rate',
    stages: ['consideration'],
    ratio: true,
    description:
      'Share of visits that leave without engaging (web analytics); for email, share of messages that could not be delivered.',
  },
  time_on_page: {
    label: 'Time on page',
    stages: ['consideration'],
    ratio: false,
    description: 'How long visitors stay on a page, on average, in seconds.',
  },
  organic_traffic: {
    label: 'Organic search traffic',
    stages: ['awareness', 'consideration'],
    ratio: false,
    description: 'Visits that come from unpaid search results.',
  },
  keyword_rankings: {
    label: 'Keyword rankings',
    stages: ['awareness', 'consideration'],
    ratio: false,
    description: 'Where your pages rank in unpaid search results for the keywords you target.',
  },
  backlinks: {
    label: 'Backlinks',
    stages: ['awareness'],
    ratio: false,
    description: 'Links from other websites to yours (or the number of sites linking to you).',
  },
  followers: {
    label: 'Followers',
    stages: ['awareness', 'retention'],
    ratio: false,
    description: 'People who follow the account, page or show.',
  },
  engagement_rate: {
    label: 'Engagement rate',
    stages: ['consideration'],
    ratio: true,
    description: 'Interactions (likes, comments, shares, saves, clicks) divided by reach or impressions.',
  },
  likes: {
    label: 'Likes',
    stages: ['consideration'],
    ratio: false,
    description: 'Likes or reactions on posts.',
  },
  comments: {
    label: 'Comments',
    stages: ['consideration'],
    ratio: false,
    description: 'Comments or replies on posts, videos or articles.',
  },
  shares: {
    label: 'Shares',
    stages: ['consideration', 'advocacy'],
    ratio: false,
    description: 'How many times people passed the content on: shares, sends, reposts.',
  },
  saves: {
    label: 'Saves',
    stages: ['consideration'],
    ratio: false,
    description: 'How many times people saved or bookmarked the content to come back to it.',
  },
  retweets: {
    label: 'Retweets',
    stages: ['awareness', 'advocacy'],
    ratio: false,
    description: 'Reposts and quote posts of a post on X (formerly Twitter).',
  },
  mentions: {
    label: 'Mentions',
    stages: ['awareness', 'advocacy'],
    ratio: false,
    description: 'How often people name or tag the brand.',
  },
  video_views: {
    label: 'Video views',
    stages: ['awareness'],
    ratio: false,
    description: 'How many times a video was watched, as the platform counts a view.',
  },
  watch_time: {
    label: 'Watch time',
    stages: ['awareness', 'consideration'],
    ratio: false,
    description: 'Total or average time people spent watching the video.',
  },
  view_through_rate: {
    label: 'View-through rate',
    stages: ['awareness'],
    ratio: true,
    description: 'Share of people shown a video ad who watched it to the end (or to the paid view).',
  },
  subscribers: {
    label: 'Subscribers',
    stages: ['consideration', 'retention'],
    ratio: false,
    description: 'People on the list or channel: email, SMS or push opt-ins, YouTube or podcast subscribers.',
  },
  open_rate: {
    label: 'Open rate',
    stages: ['consideration', 'retention'],
    ratio: true,
    description:
      'Share of delivered emails (or push and in-app messages) that were opened; email opens are inflated by privacy features.',
  },
  click_rate: {
    label: 'Click rate',
    stages: ['consideration', 'retention'],
    ratio: true,
    description: 'Share of delivered messages (email, SMS, push) in which a link was clicked.',
  },
  unsubscribe_rate: {
    label: 'Unsubscribe rate',
    stages: ['retention'],
    ratio: true,
    description: 'Share of recipients who unsubscribed after a message.',
  },
  delivery_rate: {
    label: 'Delivery rate',
    stages: ['retention'],
    ratio: true,
    description: 'Share of messages sent that reached the recipient.',
  },
  opt_out_rate: {
    label: 'Opt-out rate',
    stages: ['retention'],
    ratio: true,
    description: 'Share of recipients who opted out (STOP replies, push turned off) after a message.',
  },
  reply_rate: {
    label: 'Reply rate',
    stages: ['consideration', 'retention'],
    ratio: true,
    description: 'Share of messages or conversations that got a reply.',
  },
  response_time: {
    label: 'Response time',
    stages: ['consideration', 'retention'],
    ratio: false,
    description: 'How long the team takes to answer a customer, on average.',
  },
  chats_started: {
    label: 'Chats started',
    stages: ['consideration', 'conversion'],
    ratio: false,
    description: 'Conversations started by visitors or customers.',
  },
  // Not a ratio: CSAT is reported either as a share of satisfied customers or as a score (4.6 of 5).
  csat: {
    label: 'Customer satisfaction (CSAT)',
    stages: ['retention'],
    ratio: false,
    description: 'How satisfied customers say they are, from a short survey.',
  },
  nps: {
    label: 'Net Promoter Score',
    stages: ['retention', 'advocacy'],
    ratio: false,
    description: 'Promoters minus detractors, from -100 to 100.',
  },
  app_installs: {
    label: 'App installs',
    stages: ['conversion'],
    ratio: false,
    description: 'How many times the app was installed.',
  },
  active_users: {
    label: 'Active users',
    stages: ['retention'],
    ratio: false,
    description: 'People who used the app or product in the period (daily or monthly).',
  },
  retention_rate: {
    label: 'Retention rate',
    stages: ['retention'],
    ratio: true,
    description: 'Share of customers still active or buying at the end of the period.',
  },
  churn_rate: {
    label: 'Churn rate',
    stages: ['retention'],
    ratio: true,
    description: 'Share of customers lost during the period.',
  },
  foot_traffic: {
    label: 'Foot traffic',
    stages: ['consideration', 'conversion'],
    ratio: false,
    description: 'People who walked into the store, venue or booth.',
  },
  redemptions: {
    label: 'Redemptions',
    stages: ['conversion'],
    ratio: false,
    description: 'Coupons, promo codes, QR codes or offers redeemed.',
  },
  attendees: {
    label: 'Attendees',
    stages: ['awareness', 'consideration'],
    ratio: false,
    description: 'People who attended the event or webinar.',
  },
  downloads: {
    label: 'Downloads',
    stages: ['awareness', 'consideration'],
    ratio: false,
    description: 'Podcast episode downloads, or downloads of a guide, app or file.',
  },
  listens: {
    label: 'Listens',
    stages: ['awareness'],
    ratio: false,
    description: 'Plays of an audio episode or stream.',
  },
  gross_rating_points: {
    label: 'Gross rating points',
    stages: ['awareness'],
    ratio: false,
    description:
      'Reach (as a percentage of the target audience) times average frequency: the planning currency of TV and radio.',
  },
  brand_lift: {
    label: 'Brand lift',
    stages: ['awareness'],
    ratio: false,
    description: 'The rise in awareness, recall or preference measured by a survey of exposed and unexposed people.',
  },
  referrals: {
    label: 'Referrals',
    stages: ['advocacy'],
    ratio: false,
    description: 'Customers who recommended you, or new customers who came through a recommendation.',
  },
  appointments_booked: {
    label: 'Appointments booked',
    stages: ['conversion'],
    ratio: false,
    description: 'Appointments, demos or calls booked.',
  },
  customer_lifetime_value: {
    label: 'Customer lifetime value',
    stages: ['retention'],
    ratio: false,
    description: 'The revenue (or margin) a customer brings over the whole relationship.',
  },
};

/** true when `id` is a metric of the built-in catalog (not the user's own). */
export function isCatalogMetric(id: string): boolean {
  return Object.hasOwn(metrics, id);
}
