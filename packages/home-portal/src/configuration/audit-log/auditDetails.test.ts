import { humanize } from '../../app/humanize';
import { i18n } from '../../i18n/i18n';
import { auditActionLabel, auditDetailLines } from './auditDetails';

const t = i18n.t;

describe('audit record details for people', () => {
  it('names known actions and turns unknown ones into words', () => {
    expect(auditActionLabel('CLIENT_PORTAL_2_ENABLED', t)).toBe('Client Portal 2.0 enabled');
    expect(auditActionLabel('STAFF_PASSWORD_CHANGED', t)).toBe('Staff password changed');
    expect(humanize('discardedCustomization')).toBe('Discarded customization');
  });

  it('flattens nested details into labelled lines, naming empty ones and embedded images', () => {
    const lines = auditDetailLines(
      {
        discardedCustomization: {},
        previousBranding: {
          portalName: 'Agency Portal',
          logoUrl: `data:image/png;base64,${'A'.repeat(4096)}`,
          primaryColor: '#123456',
          welcomeText: '',
        },
        version: 3,
        reset: true,
        customThing: ['a', 'b'],
      },
      t,
    );
    expect(lines).toEqual([
      { label: 'Discarded customization', value: 'nothing' },
      { label: 'Previous branding › Portal name', value: 'Agency Portal' },
      { label: 'Previous branding › Logo', value: 'an embedded image (image/png, 3 kB)' },
      { label: 'Previous branding › Primary colour', value: '#123456' },
      { label: 'Previous branding › Welcome text', value: '(empty)' },
      { label: 'Version', value: '3' },
      { label: 'Reset', value: 'Yes' },
      { label: 'Custom thing', value: 'a, b' },
    ]);
  });

  it('cuts long texts such as discarded custom CSS', () => {
    const [line] = auditDetailLines({ customCss: 'x'.repeat(500) }, t);
    expect(line?.label).toBe('Custom CSS');
    expect(line?.value).toHaveLength(161);
    expect(line?.value.endsWith('…')).toBe(true);
  });
});
