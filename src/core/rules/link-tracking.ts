import { defineRule } from '../lint/define-rule.js';

/**
 * The utm_medium values GA4's default channel groups file under each channel type, and the group's name.
 * (support.google.com/analytics/answer/9756891: Email, SMS, Mobile Push Notifications, Organic and Paid Social,
 * Paid Search, Display, Affiliates, Referral, Audio, Organic and Paid Video.)
 */
const PAID = /^(.*cp.*|ppc|retargeting|paid.*)$/;
const SOCIAL = /^(social|social-network|social-media|sm|social network|social media)$/;
const SOCIAL_TYPES = ['facebook', 'instagram', 'tiktok', 'linkedin', 'x', 'pinterest', 'snapchat', 'threads', 'reddit'];
// GA4 has no group of its own for messaging apps; their sources are on its list of social sites.
const MESSENGERS = ['telegram', 'whatsapp', 'viber', 'messenger'];
const MEDIUMS: Record<string, { fits: (medium: string) => boolean; group: string; example: string }> = {
  email: { fits: (m) => /^(email|e-mail|e_mail|e mail)$/.test(m), group: 'Email', example: 'email' },
  sms: { fits: (m) => m === 'sms', group: 'SMS', example: 'sms' },
  push: { fits: (m) => /push$/.test(m) || m.includes('mobile') || m.includes('notification'), group: 'Mobile Push Notifications', example: 'push' },
  'ppc-search': { fits: (m) => PAID.test(m), group: 'Paid Search', example: 'cpc' },
  display: { fits: (m) => ['display', 'banner', 'expandable', 'interstitial', 'cpm'].includes(m), group: 'Display', example: 'display' },
  affiliate: { fits: (m) => m === 'affiliate', group: 'Affiliates', example: 'affiliate' },
  referral: { fits: (m) => ['referral', 'app', 'link'].includes(m), group: 'Referral', example: 'referral' },
  podcast: { fits: (m) => m === 'audio', group: 'Audio', example: 'audio' },
  youtube: { fits: (m) => m.includes('video') || SOCIAL.test(m) || PAID.test(m), group: 'Organic or Paid Video', example: 'video' },
  twitch: { fits: (m) => m.includes('video') || SOCIAL.test(m) || PAID.test(m), group: 'Organic or Paid Video', example: 'video' },
  ...Object.fromEntries([...SOCIAL_TYPES, ...MESSENGERS].map((type) => [type, { fits: (m: string) => SOCIAL.test(m) || PAID.test(m), group: 'Organic or Paid Social', example: 'social' }])),
  // A map listing's link is read as a search result: GA4's Organic Search takes utm_medium=organic.
  'google-business-profile': { fits: (m) => m === 'organic', group: 'Organic Search', example: 'organic' },
  // People come from another site (the marketplace, the webinar platform): GA4's Referral group.
  marketplace: { fits: (m) => ['referral', 'app', 'link'].includes(m), group: 'Referral', example: 'referral' },
  webinar: { fits: (m) => ['referral', 'app', 'link', 'email'].includes(m), group: 'Referral', example: 'referral' },
};

/** Channel types whose links lead people from elsewhere to the strategy's own pages, where a tag tells GA4 where they came from. */
const TRACKED_TYPES = new Set(Object.keys(MEDIUMS));
/** Types whose own name is the utm_source a tag suggests. */
const NAMED_SOURCES = new Set([...SOCIAL_TYPES, ...MESSENGERS, 'youtube']);
const PARAMETERS = ['utm_source', 'utm_medium', 'utm_campaign'] as const;

export default defineRule({
  id: 'link-tracking',
  description: 'A link on a digital channel carries utm_source, utm_medium and utm_campaign, and utm_medium fits the channel\'s type as GA4\'s default channel groups read it.',
  severity: { recommended: 'info', strict: 'warning' },
  messages: {
    missing: 'The link of "{{channel}}" carries no {{missing}}: analytics cannot tell the visits it brings from other traffic. Add {{example}} to it.',
    wrongMedium: 'The link of "{{channel}}" has utm_medium={{medium}}, which GA4 does not file under {{group}}, so its visits land in another channel group: use utm_medium={{expected}}.',
  },
  check({ strategy, report }) {
    // The campaign a tag suggests is the strategy's: its slug is made once, when a link first needs it.
    let campaign: string | undefined;
    strategy.channels.forEach((channel, i) => {
      const link = channel.content?.link;
      if (typeof link !== 'string' || !TRACKED_TYPES.has(channel.type)) return;
      // A printed or spoken address is typed by hand: a short one beats a tagged one.
      const placement = channel.content?.link_placement;
      if (placement === 'printed' || placement === 'spoken') return;
      const url = parseUrl(link.trim());
      if (!url) return;
      const path = ['channels', i, 'content', 'link'];
      const value = (name: string) => url.searchParams.get(name)?.trim() ?? '';
      const missing = PARAMETERS.filter((name) => value(name) === '');
      const medium = MEDIUMS[channel.type];
      if (missing.length) {
        const suggested = { utm_source: channel.type === 'ppc-search' || channel.type === 'google-business-profile' ? 'google' : NAMED_SOURCES.has(channel.type) ? channel.type : channel.id, utm_medium: medium?.example ?? channel.type, utm_campaign: (campaign ??= slug(strategy.name)) };
        report({
          messageId: 'missing',
          data: { channel: channel.id, missing: { list: missing, join: 'or' }, example: missing.map((name) => `${name}=${value(name) || suggested[name]}`).join('&') },
          path,
        });
        if (missing.includes('utm_medium')) return;
      }
      const written = value('utm_medium');
      if (medium && written && !medium.fits(written.toLowerCase())) {
        report({ messageId: 'wrongMedium', data: { channel: channel.id, medium: written, group: medium.group, expected: medium.example }, path });
      }
    });
  },
});

/** A URL, with https:// assumed where the link leaves the scheme out ("ryeandrise.fr/r"). */
function parseUrl(link: string): URL | undefined {
  for (const candidate of [link, `https://${link}`]) {
    try {
      const url = new URL(candidate);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')) return url;
    } catch {
      // not a URL this way
    }
  }
  return undefined;
}

function slug(name: unknown): string {
  const text = typeof name === 'string' ? name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') : '';
  let out = '';
  for (const word of text.split('-')) if (!out || out.length + word.length < 30) out = out ? `${out}-${word}` : word;
  return out.slice(0, 30) || 'campaign';
}
