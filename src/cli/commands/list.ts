import { type Rater, raterOf } from '../../definition/instrument.js';
import { localize } from '../../definition/text.js';
import { localeFlag, oneOf, parseCommandArgs } from '../args.js';
import { EXIT } from '../cli-error.js';
import type { Command } from '../command.js';
import { bundledIds, bundledQuestionnaire } from '../questionnaire-source.js';
import { writeOut } from '../terminal.js';

const help = `Usage: intake-screening list [--format text|json] [--locale TAG]

List the bundled questionnaires, the validated instruments they use with each
one's source and licence, and the descriptive (unvalidated) modules.

Options:
  -f, --format text|json   Output format (default: text).
      --locale TAG         Language of titles (default: en).
  -h, --help               Show this help.
`;

interface Listing {
  readonly questionnaires: { id: string; version: string; title: string; sections: number; questions: number; instruments: string[] }[];
  readonly instruments: { name: string; title: string; rater: Rater; citation: string; licence: string; url?: string; questionnaires: string[] }[];
  readonly descriptiveModules: { name: string; questionnaires: string[] }[];
}

function gather(locale: string): Listing {
  const listing: Listing = { questionnaires: [], instruments: [], descriptiveModules: [] };
  const instruments = new Map<string, Listing['instruments'][number]>();
  const modules = new Map<string, Listing['descriptiveModules'][number]>();
  for (const id of bundledIds()) {
    const q = bundledQuestionnaire(id);
    if (!q) continue;
    const names = new Set<string>();
    for (const { instrument } of q.sections) {
      if (instrument.kind === 'validated') {
        names.add(instrument.name);
        const v = instrument;
        const entry = instruments.get(v.name) ?? {
          name: v.name,
          title: v.title,
          rater: raterOf(v),
          citation: localize(v.citation),
          licence: localize(v.licence),
          ...(v.url ? { url: v.url } : {}),
          questionnaires: [],
        };
        instruments.set(v.name, entry);
        if (!entry.questionnaires.includes(id)) entry.questionnaires.push(id);
      } else {
        const entry = modules.get(instrument.name) ?? { name: instrument.name, questionnaires: [] };
        modules.set(instrument.name, entry);
        if (!entry.questionnaires.includes(id)) entry.questionnaires.push(id);
      }
    }
    const items = q.sections.flatMap((s) => s.items);
    listing.questionnaires.push({
      id,
      version: q.version,
      title: localize(q.title, locale),
      sections: q.sections.length,
      questions: items.filter((i) => i.kind !== 'display').length,
      instruments: [...names],
    });
  }
  listing.instruments.push(...instruments.values());
  listing.descriptiveModules.push(...modules.values());
  return listing;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function asText(listing: Listing): string {
  const width = Math.max(...listing.questionnaires.map((q) => q.id.length));
  const out = ['Questionnaires (use the id with run, summarize or export):'];
  for (const q of listing.questionnaires) {
    const uses = q.instruments.length > 0 ? `; ${q.instruments.join(', ')}` : '';
    out.push(`  ${q.id.padEnd(width)}  ${q.version}  ${q.title} (${plural(q.sections, 'section')}, ${plural(q.questions, 'question')}${uses})`);
  }
  out.push('', 'Validated instruments:');
  for (const i of listing.instruments) {
    out.push(`  ${i.name}: ${i.title}${i.rater === 'clinician' ? ' (clinician-rated)' : ''}`, `    Licence: ${i.licence}`, `    Source: ${i.citation}`);
    if (i.url) out.push(`    URL: ${i.url}`);
    out.push(`    In: ${i.questionnaires.join(', ')}`);
  }
  if (listing.descriptiveModules.length > 0) {
    out.push('', 'Descriptive modules (not validated instruments: answers are reported as given, not scored):');
    out.push(`  ${listing.descriptiveModules.map((m) => m.name).join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}

/** `intake-screening list`: bundled questionnaires and instruments with their licences. */
export const listCommand: Command = {
  name: 'list',
  help,
  run: async (args) => {
    const { flags } = parseCommandArgs('list', args, ['format', 'locale'], 0);
    if (flags.help) {
      writeOut(help);
      return EXIT.ok;
    }
    const format = oneOf('format', flags.format, ['text', 'json'], 'text');
    const listing = gather(localeFlag(flags.locale));
    writeOut(format === 'json' ? `${JSON.stringify(listing, null, 2)}\n` : asText(listing));
    return EXIT.ok;
  },
};
