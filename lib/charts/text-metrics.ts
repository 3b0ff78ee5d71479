// Text widths as the site draws them: server-side ECharts has no canvas to measure text, and its built-in
// estimate (Helvetica-like) is narrower than the Latin letters of Noto Sans CJK SC, the charts' font, so English
// legend entries ran into each other. These are that font's advance widths for printable ASCII, in thousandths of
// the font size, measured in Chromium (canvas measureText at 1000 px, regular and bold); every other character
// (Han, CJK punctuation) is taken as one em, as CJK fonts set them.

const regular = [224, 323, 474, 555, 555, 921, 680, 278, 338, 338, 467, 555, 278, 347, 278, 392, 555, 555, 555, 555, 555, 555, 555, 555, 555, 555, 278, 278, 555, 555, 555, 474, 946, 608, 657, 638, 688, 589, 552, 689, 728, 293, 535, 646, 543, 812, 723, 742, 633, 742, 635, 596, 599, 721, 575, 878, 573, 531, 603, 338, 392, 338, 555, 559, 606, 563, 618, 510, 620, 554, 325, 564, 607, 275, 275, 552, 284, 926, 610, 606, 620, 620, 388, 468, 377, 607, 521, 802, 498, 521, 475, 338, 270, 338, 555];
const bold = [227, 370, 574, 590, 590, 963, 740, 325, 378, 378, 507, 590, 325, 370, 325, 387, 590, 590, 590, 590, 590, 590, 590, 590, 590, 590, 325, 325, 590, 590, 590, 514, 1007, 641, 681, 656, 714, 615, 585, 717, 757, 330, 568, 686, 578, 853, 749, 770, 667, 770, 682, 624, 625, 748, 619, 915, 627, 580, 613, 378, 387, 378, 590, 567, 626, 591, 644, 527, 644, 581, 372, 597, 640, 304, 306, 604, 315, 964, 641, 626, 644, 644, 436, 495, 421, 637, 576, 863, 562, 574, 511, 378, 296, 378, 590];

/** Width in px of `text` set in `font` (a CSS font shorthand as ECharts writes it: "bold 13px sans-serif"). */
export function measureChartText(text: string, font: string | undefined): number {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? "")?.[1] ?? 12);
  const table = /\b(bold|[6-9]00)\b/.test(font ?? "") ? bold : regular;
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    width += code >= 32 && code < 127 ? table[code - 32]! : code < 0x2e80 ? 544 : 1000;
  }
  return (width * size) / 1000;
}
