/**
 * Word lists for familiarisation frequencies. Entries are case-folded and use the straight
 * apostrophe, as tokens are (see ./frequencies.ts).
 *
 * The stop words are a general English list in UK spelling (whilst, amongst) with the
 * contractions people use in speech, so "don't" and "it's" do not top every transcript.
 * The fillers are what transcribed speech adds: hesitations (erm, um), back-channels (yeah, mm)
 * and discourse markers (like, well). "like", "well" and "right" are also ordinary words, which is
 * why removing fillers is an option and not the default.
 */

export const UK_ENGLISH_STOP_WORDS: readonly string[] = [
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'among', 'amongst', 'an',
  'and', 'any', 'are', 'as', 'at', 'be', 'because', 'been', 'before', 'being', 'below', 'between',
  'both', 'but', 'by', 'can', 'cannot', 'could', 'did', 'do', 'does', 'doing', 'down', 'during',
  'each', 'either', 'else', 'even', 'ever', 'every', 'few', 'for', 'from', 'further', 'get', 'gets',
  'got', 'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers', 'herself', 'him', 'himself',
  'his', 'how', 'however', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'itself', 'just', 'may',
  'me', 'might', 'more', 'most', 'much', 'must', 'my', 'myself', 'neither', 'no', 'nor', 'not',
  'now', 'of', 'off', 'on', 'once', 'one', 'only', 'onto', 'or', 'other', 'others', 'our', 'ours',
  'ourselves', 'out', 'over', 'own', 'per', 'quite', 'rather', 'really', 'same', 'shall', 'she',
  'should', 'since', 'so', 'some', 'still', 'such', 'than', 'that', 'the', 'their', 'theirs',
  'them', 'themselves', 'then', 'there', 'these', 'they', 'thing', 'things', 'this', 'those',
  'though', 'through', 'thus', 'till', 'to', 'too', 'towards', 'under', 'until', 'up', 'upon',
  'us', 'very', 'via', 'was', 'we', 'were', 'what', 'when', 'whence', 'where', 'whereas',
  'whether', 'which', 'while', 'whilst', 'who', 'whom', 'whose', 'why', 'will', 'with', 'within',
  'without', 'would', 'yet', 'you', 'your', 'yours', 'yourself', 'yourselves',
  // Contractions, as spoken.
  "aren't", "can't", "couldn't", "didn't", "doesn't", "don't", "hadn't", "hasn't", "haven't",
  "he'd", "he'll", "he's", "here's", "how's", "i'd", "i'll", "i'm", "i've", "isn't", "it'd",
  "it'll", "it's", "let's", "mightn't", "mustn't", "needn't", "shan't", "she'd", "she'll", "she's",
  "shouldn't", "that'll", "that's", "there'd", "there'll", "there's", "they'd", "they'll",
  "they're", "they've", "wasn't", "we'd", "we'll", "we're", "we've", "weren't", "what's",
  "when's", "where's", "who'd", "who'll", "who's", "why's", "won't", "wouldn't", "you'd",
  "you'll", "you're", "you've",
];

/** Single-word fillers of transcribed speech. */
export const TRANSCRIPT_FILLERS: readonly string[] = [
  'ah', 'actually', 'anyway', 'basically', 'eh', 'er', 'erm', 'err', 'hm', 'hmm', 'like',
  'literally', 'mhm', 'mm', 'mmm', 'oh', 'ok', 'okay', 'right', 'uh', 'uhm', 'um', 'umm', 'well',
  'yeah', 'yeh', 'yep',
];

/**
 * Two-word fillers: when fillers are excluded, both words of these pairs are dropped where they
 * occur together ("you know", "I mean"), while "know" and "mean" elsewhere still count.
 */
export const TRANSCRIPT_FILLER_PHRASES: readonly (readonly [string, string])[] = [
  ['you', 'know'], ['i', 'mean'], ['sort', 'of'], ['kind', 'of'],
];
