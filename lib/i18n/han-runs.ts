// A string that mixes Chinese into English text (an APA reference with the original title, a URL with a
// Chinese path) split into runs, so an English page can mark each Chinese run lang="zh-CN" and a screen
// reader reads it in a Chinese voice.

export type TextRun = { text: string; chinese: boolean };

/** Han characters and CJK punctuation, with any digits, spaces and dashes between two of them. */
const chineseRun = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef《》“”]+(?:[\s\d.\-–—·]+[\p{Script=Han}\u3000-\u303f\uff00-\uffef《》“”]+)*/gu;

export function hanRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(chineseRun)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), chinese: false });
    runs.push({ text: match[0], chinese: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), chinese: false });
  return runs;
}
