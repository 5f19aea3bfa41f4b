/**
 * The review pack (issue 7, item 1) over the sample project: every theme with its definition and
 * subthemes, every chosen quote with its attribution under its theme, a flagged quote left out
 * (and put back by the researcher's override), and nothing that would reach the network.
 */
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../shared/export/html';
import type { ProjectBundle, Quote, QuoteId } from '../../../shared/model';
import { buildReviewPack, screenQuotes } from '../../../shared/review/pack';
import { PACK_CSP } from '../../../shared/review/packHtml';
import { sampleBundle } from '../../support/sample';

const PACK_ID = '0b9e3c1a-2f4d-4e5a-9b6c-7d8e9f0a1b2c';
const AT = '2026-11-23T10:00:00.000Z';

/** The sample with one quote reworded to name a person and a town. */
async function withFlaggedQuote(): Promise<{ bundle: ProjectBundle; flagged: Quote }> {
  const bundle = await sampleBundle();
  const original = bundle.quotes[2]!;
  const flagged: Quote = { ...original, text: 'Margaret Thompson rang the surgery in Telford on 12 March 2015 and nobody could read the other three.' };
  return { bundle: { ...bundle, quotes: bundle.quotes.map((q) => (q.id === original.id ? flagged : q)) }, flagged };
}

/** The HTML of each theme's section, by theme name. */
function sections(html: string): Map<string, string> {
  const parts = html.split('<section class="card theme"').slice(1).map((s) => s.split('</section>')[0]!);
  return new Map(parts.map((p) => [/data-theme-name="([^"]*)"/.exec(p)![1]!, p]));
}

describe('the review pack', () => {
  it('holds every theme with its definition, every subtheme with its definition, in tree order', async () => {
    const bundle = await sampleBundle();
    const pack = buildReviewPack(bundle, { round: 2, packId: PACK_ID, createdAt: AT });
    const roots = bundle.codes.filter((c) => c.parentId === null).sort((a, b) => a.order - b.order);
    expect(roots).toHaveLength(7);
    expect(pack.themes.map((t) => t.name)).toEqual(roots.map((c) => c.name));
    const headings = [...pack.html.matchAll(/<h2 id="theme-\d+-title">([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(roots.map((c) => escapeHtml(c.name)));
    const bySection = sections(pack.html);
    for (const code of bundle.codes) {
      expect(pack.html).toContain(escapeHtml(code.name));
      expect(pack.html).toContain(escapeHtml(code.definition));
    }
    // A subtheme sits in its own theme's section, with its definition.
    const info = bundle.codes.find((c) => c.name === 'Information sharing')!;
    const toughest = bySection.get(escapeHtml('Toughest challenges for integrating carer support services'))!;
    expect(toughest).toContain(`<span class="subtheme-name">Information sharing</span><span class="subtheme-definition">${escapeHtml(info.definition)}</span>`);
    expect(pack.html).toContain('Review round 2');
    expect(pack.html).toContain('23 November 2026');
    expect(pack.html).toContain(`data-pack-id="${PACK_ID}"`);
    expect(pack.html).toContain(`data-project-id="${bundle.project.id}"`);
    expect(pack.html).toContain('data-round="2"');
  });

  it('puts every chosen quote, with its attribution, under its theme', async () => {
    const bundle = await sampleBundle();
    const pack = buildReviewPack(bundle, { round: 1, packId: PACK_ID, createdAt: AT });
    expect(bundle.quotes).toHaveLength(7);
    expect(pack.included).toHaveLength(7);
    expect(pack.leftOut).toEqual([]);
    const bySection = sections(pack.html);
    const roots = new Map(bundle.codes.map((c) => [c.id as string, c]));
    const themeOf = (codeId: string) => {
      let code = roots.get(codeId)!;
      while (code.parentId) code = roots.get(code.parentId)!;
      return code;
    };
    for (const quote of bundle.quotes) {
      const section = bySection.get(escapeHtml(themeOf(quote.codeId).name))!;
      expect(section).toContain(`\u201C${escapeHtml(quote.text)}\u201D`);
      expect(section).toContain(`<figcaption>${escapeHtml(quote.attribution)}`);
    }
    expect(bySection.get('Carer support')).toContain('<figcaption>(Nar. 2) \u00B7 Being noticed and asked</figcaption>');
    expect(bySection.get(escapeHtml('Toughest challenges for integrating carer support services')))
      .toContain('(FG 1) \u00B7 Carers \u203A Information sharing');
  });

  it('leaves out a quote the identifier scanner flags and says why; the researcher can put it back', async () => {
    const { bundle, flagged } = await withFlaggedQuote();
    const screened = screenQuotes(bundle).find((s) => s.quote.id === flagged.id)!;
    expect(screened.flags.map((f) => f.kind)).toEqual(expect.arrayContaining(['name', 'date']));
    expect(screened.reason).toContain('personal name "Margaret Thompson"');
    expect(screenQuotes(bundle).filter((s) => s.flags.length > 0).map((s) => s.quote.id)).toEqual([flagged.id]);

    const pack = buildReviewPack(bundle, { round: 1, packId: PACK_ID, createdAt: AT });
    expect(pack.included).toHaveLength(6);
    expect(pack.included).not.toContain(flagged.id);
    expect(pack.leftOut).toEqual([{
      quoteId: flagged.id, text: flagged.text, attribution: flagged.attribution,
      reason: expect.stringMatching(/^the identifier scanner flags personal name "Margaret Thompson"; .*date "12 March 2015"/),
    }]);
    expect(pack.html).not.toContain('Margaret');
    expect(pack.html).not.toContain('Telford');

    const kept = buildReviewPack(bundle, { round: 1, packId: PACK_ID, createdAt: AT, includeFlagged: [flagged.id] });
    expect(kept.included).toHaveLength(7);
    expect(kept.overridden).toEqual([flagged.id]);
    expect(kept.leftOut).toEqual([]);
    expect(kept.html).toContain('Margaret Thompson rang the surgery');
  });

  it('leaves out a quote the researcher unticks, flagged or not', async () => {
    const { bundle, flagged } = await withFlaggedQuote();
    const other = bundle.quotes[0]!;
    const pack = buildReviewPack(bundle, { round: 1, packId: PACK_ID, createdAt: AT, includeFlagged: [flagged.id], exclude: [other.id, flagged.id] });
    expect(pack.included).toHaveLength(5);
    expect(pack.overridden).toEqual([]);
    expect(pack.leftOut.map((q) => [q.quoteId, q.reason])).toEqual([
      [other.id, 'you chose to leave it out'], [flagged.id, 'you chose to leave it out'],
    ]);
    expect(pack.html).not.toContain(escapeHtml(other.text));
  });

  it('leaves out a quote whose code is gone, and refuses a round that is not a whole number from 1', async () => {
    const bundle = await sampleBundle();
    const orphan = { ...bundle.quotes[0]!, id: '11111111-2222-4333-8444-555555555555' as QuoteId, codeId: '99999999-2222-4333-8444-555555555555' as Quote['codeId'] };
    const pack = buildReviewPack({ ...bundle, quotes: [...bundle.quotes, orphan] }, { round: 1 });
    expect(pack.leftOut).toEqual([expect.objectContaining({ quoteId: orphan.id, reason: 'its theme is no longer in the project' })]);
    expect(pack.packId).toMatch(/^[0-9a-f-]{36}$/);
    expect(() => buildReviewPack(bundle, { round: 0 })).toThrow(/whole number from 1/);
    expect(() => buildReviewPack(bundle, { round: 1.5 })).toThrow(/whole number from 1/);
  });

  it('reaches nothing outside itself: no URLs, sources, links, fonts or imports; one inline script; a strict CSP', async () => {
    const { bundle } = await withFlaggedQuote();
    const { html } = buildReviewPack(bundle, { round: 1, packId: PACK_ID, createdAt: AT });
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/\/\/[a-z0-9]/i);
    expect(html).not.toMatch(/\b(src|srcset|action|formaction|poster|data|background|ping)\s*=/i);
    expect(html).not.toMatch(/(^|[^a-z])url\s*\(|@import|@font-face/i);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed|video|audio|source|base|frame)\b/i);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).toContain('<script>\n');
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]).every((h) => /^#theme-\d+$/.test(h ?? ''))).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${PACK_CSP}">`);
    expect(PACK_CSP).toMatch(/^default-src 'none';/);
    expect(PACK_CSP).not.toMatch(/https?:|\*|'self'|data:/);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
  });

  it('is accessible by construction: a fieldset with a legend per theme, every field labelled, large text', async () => {
    const bundle = await sampleBundle();
    const { html } = buildReviewPack(bundle, { round: 1, packId: PACK_ID, createdAt: AT });
    expect(html.match(/<fieldset>/g)).toHaveLength(7);
    expect(html.match(/<legend>Does this theme ring true to you\?<\/legend>/g)).toHaveLength(7);
    for (const n of [1, 7]) {
      expect(html).toContain(`<label class="choice"><input type="radio" name="verdict-${n}" value="yes"> Yes</label>`);
      expect(html).toContain(`<label class="choice"><input type="radio" name="verdict-${n}" value="partly"> Partly</label>`);
      expect(html).toContain(`<label class="choice"><input type="radio" name="verdict-${n}" value="no"> No</label>`);
    }
    const ids = [...html.matchAll(/<(?:input|textarea) type="text" id="([^"]+)"|<textarea id="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
    expect(ids.length).toBe(7 * 2 + 2);
    for (const id of ids) expect(html).toContain(`<label class="field" for="${id}">`);
    expect(html).toContain('html { font-size: 20px;');
    expect(html).toContain('@media print');
    expect(html).toContain('<button type="submit" class="save">Save my answers</button>');
  });

  it('escapes everything from the project', async () => {
    const bundle = await sampleBundle();
    const hostile = '<script>alert("x")</script> & "Co"';
    const codes = bundle.codes.map((c, i) => (i === 0 ? { ...c, name: hostile, definition: hostile } : c));
    const { html } = buildReviewPack({ ...bundle, project: { ...bundle.project, name: hostile }, codes }, { round: 1 });
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Co&quot;');
  });
});
