// The /stages page's URL: which year to show and the growth rate for the projection. Typed as analysts
// write it: full-width digits and a trailing % are fine ("５", "4.3%").
import { z } from "zod";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const normalised = (value: unknown) => (typeof value === "string" ? value.normalize("NFKC").trim().replace(/[%％]$/, "").trim() : value);

export const defaultStagesGrowthPct = 5;

export const stagesPageSchema = z.object({
  year: z.preprocess(
    (v) => blankToUndefined(normalised(v)),
    z.string().regex(/^\d{4}$/, "请选择四位数的年份").transform(Number).optional(),
  ),
  growth: z.preprocess(
    (v) => blankToUndefined(normalised(v)),
    z
      .string()
      .regex(/^[+-]?(\d+(\.\d*)?|\.\d+)$/, "请填写数字,如 5 或 4.3")
      .transform(Number)
      .pipe(z.number().min(-20, "增速不能低于 -20%").max(30, "增速不能高于 30%"))
      .default(defaultStagesGrowthPct),
  ),
});

export type StagesPageQuery = z.output<typeof stagesPageSchema>;
