import { describe, expect, it } from 'vitest';
import { maskSmtpUrl, maskWebhookUrl } from './alert-masking';

describe('masking', () => {
  it('shows a webhook URL by scheme and host, and only the last 4 characters of a long secret path', () => {
    const slack = 'https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXXXXXXab12';
    expect(maskWebhookUrl(slack)).toBe('https://hooks.slack.com/••••ab12');
    expect(maskWebhookUrl(slack)).not.toContain('T0000');
    expect(maskWebhookUrl('http://127.0.0.1:8080/hook')).toBe('http://127.0.0.1:8080/••••');
    expect(maskWebhookUrl('https://example.com/?token=0123456789abcdef0123')).toBe('https://example.com/••••0123');
  });

  it('never shows a URL it cannot parse', () => {
    expect(maskWebhookUrl('not a url with secret')).toBe('••••');
    expect(maskSmtpUrl('::secret')).toBe('••••');
  });

  it('masks an SMTP password and drops the query (it can carry one too)', () => {
    expect(maskSmtpUrl('smtps://alerts:s3cret@mail.example.com:465')).toBe('smtps://alerts:••••@mail.example.com:465');
    expect(maskSmtpUrl('smtp://mail.example.com:25?pass=x')).toBe('smtp://mail.example.com:25');
    expect(maskSmtpUrl('smtp://alerts:s3cret@mail.example.com')).not.toContain('s3cret');
  });
});
