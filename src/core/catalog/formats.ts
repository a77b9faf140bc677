import type { FormatId } from './types.js';

/** What a content format is, in the words of the people who write it. */
export interface FormatInfo {
  label: string;
  description: string;
}

/** The content formats of SPEC §3, keyed by the ids users write in `content.format`. */
export const formats: Record<FormatId, FormatInfo> = {
  'landing-page': {
    label: 'Landing page',
    description: 'A web page built for one offer and one action.',
  },
  'blog-post': {
    label: 'Blog post',
    description: 'A post on a blog: an article, a how-to, a story.',
  },
  article: {
    label: 'Article',
    description: 'A long-form piece of writing: a guide, an editorial, an advertorial.',
  },
  'text-post': {
    label: 'Text post',
    description: 'A social post that is mainly text.',
  },
  'image-post': {
    label: 'Image post',
    description: 'A social post built around one image, with a caption.',
  },
  carousel: {
    label: 'Carousel',
    description: 'A post or ad with several images or slides people swipe through.',
  },
  'short-video': {
    label: 'Short video',
    description: 'A vertical video of up to a few minutes: Reels, TikToks, Shorts.',
  },
  video: {
    label: 'Video',
    description: 'A longer video, usually horizontal, with a title and a description.',
  },
  story: {
    label: 'Story',
    description: 'Full-screen content that disappears after a day (Instagram, Facebook, Snapchat stories).',
  },
  'live-video': {
    label: 'Live video',
    description: 'A live stream or broadcast, often kept as a recording.',
  },
  pin: {
    label: 'Pin',
    description: 'A Pinterest pin: an image or video with a title, a description and a link.',
  },
  newsletter: {
    label: 'Newsletter',
    description: 'A regular email with news and content for subscribers.',
  },
  'promotional-email': {
    label: 'Promotional email',
    description: 'An email that pushes one offer or campaign.',
  },
  'transactional-email': {
    label: 'Transactional email',
    description: 'An email triggered by what a customer did: a confirmation, a reminder, a receipt.',
  },
  'text-message': {
    label: 'Text message',
    description: 'An SMS sent to people who opted in.',
  },
  'push-notification': {
    label: 'Push notification',
    description: 'A short alert from an app or website on the lock screen or in the browser.',
  },
  'in-app-message': {
    label: 'In-app message',
    description: 'A message shown inside the app: a banner, a pop-up, a guided tour.',
  },
  'chat-message': {
    label: 'Chat message',
    description: 'A message in a live chat or chatbot conversation.',
  },
  'search-ad': {
    label: 'Search ad',
    description: 'A text ad shown beside search results (Google Ads responsive search ad).',
  },
  'display-banner': {
    label: 'Display banner',
    description: 'An image or responsive ad shown on websites and apps of a display network.',
  },
  'social-ad': {
    label: 'Social ad',
    description: 'A paid post or ad on a social platform.',
  },
  'print-ad': {
    label: 'Print ad',
    description: 'An advertisement in a newspaper or magazine.',
  },
  flyer: {
    label: 'Flyer',
    description: 'A printed leaflet or poster handed out or put up.',
  },
  'direct-mail-piece': {
    label: 'Direct mail piece',
    description: 'A postcard, letter or catalogue sent by post.',
  },
  'tv-spot': {
    label: 'TV spot',
    description: 'A television commercial, usually 15, 30 or 60 seconds.',
  },
  'radio-spot': {
    label: 'Radio or audio spot',
    description: 'A radio commercial or an audio ad, including a host-read podcast ad.',
  },
  billboard: {
    label: 'Billboard',
    description: 'An outdoor poster or digital screen: roadside, transit, street furniture.',
  },
  'podcast-episode': {
    label: 'Podcast episode',
    description: 'An episode of your own podcast, with show notes.',
  },
  'event-booth': {
    label: 'Event booth',
    description: 'A stand at a trade show, fair or event.',
  },
  'in-store-display': {
    label: 'In-store display',
    description: 'Signage, shelf displays or screens in a shop.',
  },
  'referral-offer': {
    label: 'Referral offer',
    description: 'A reward for customers who bring a friend, and for the friend.',
  },
  'affiliate-offer': {
    label: 'Affiliate offer',
    description: 'An offer partners promote for a commission.',
  },
  'channel-post': {
    label: 'Channel post',
    description: 'A post in a broadcast channel people subscribe to in a messenger (Telegram, Viber or WhatsApp channels).',
  },
  listing: {
    label: 'Listing',
    description: 'A product or business listing: a marketplace offer (Allegro, Rozetka, Amazon, Etsy) or a business profile entry.',
  },
  other: {
    label: 'Other',
    description: 'Any other format; mcm checks no format limits for it.',
  },
};

/** true when `id` is one of the catalog's format ids. */
export function isFormatId(id: string): id is FormatId {
  return Object.hasOwn(formats, id);
}
