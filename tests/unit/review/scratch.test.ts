import { it } from 'vitest';
import { sampleBundle } from '../../support/sample';
import { scanText } from '../../../shared/anonymise/scan';
import { lowerCaseVocabulary } from '../../../shared/anonymise/words';
it('x', async () => {
const b = await sampleBundle();
const vocab = lowerCaseVocabulary(b.sources.map(s=>s.text.text));
const names = [...new Set([...b.participants.map(p=>p.label), ...b.sources.flatMap(s=>s.text.turns.flatMap(t=>t.speaker?[t.speaker]:[]))])];
for (const q of b.quotes) console.log(q.attribution, JSON.stringify(scanText(q.text,{knownNames:names, vocabulary: vocab})), '| own vocab:', JSON.stringify(scanText(q.text,{knownNames:names})), q.text);
console.log(b.codes.filter(c=>!c.parentId).map(c=>c.name));
console.log(b.project.id, b.project.name, b.reviews.length, names);
});
