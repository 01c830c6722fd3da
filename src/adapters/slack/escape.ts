/**
 * Slack's control characters are &, < and >: `<!channel>`, `<@U123>`, `<#C1>`, `<!subteam^S1>`
 * and `<https://…|label>` are all made of them. Escaping those three in every piece of user or
 * corpus text means nothing we echo can ping anyone or smuggle a link.
 * https://docs.slack.dev/messaging/formatting-message-text#escaping
 */

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Slash command text arrives with &, < and > escaped the same way; the command layer must see
 * what the user typed ("AT&T"), and rendering escapes it again.
 */
export function unescapeText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Only web links become Slack links; anything else (javascript:, slack:, relative) stays text. */
function safeUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  // `|` ends the url part of <url|label>; escaping &, <, > keeps the link closed.
  return escapeText(parsed.href.replace(/\|/g, '%7C'));
}

/** `<url|label>` when the url is a web link, else the label alone; `label` must already be mrkdwn-safe. */
export function linkOrText(url: string | null, label: string): string {
  const safe = url ? safeUrl(url) : null;
  // A label holding `|` or a newline would end or break the link markup.
  return safe ? `<${safe}|${label.replace(/[|\n]/g, ' ')}>` : label;
}
