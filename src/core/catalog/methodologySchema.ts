import { z } from "zod";
import { sourceRefSchema } from "./schema";

/** The six stages of the management cycle, in order. */
export const cycleStageSchema = z.enum([
  "goals", // цели
  "indicators", // показатели и методы сбора информации
  "monitoring", // мониторинг
  "analysis", // анализ и адресные рекомендации
  "measures", // меры и управленческие решения
  "effectiveness", // анализ эффективности принятых мер
]);
export type CycleStage = z.infer<typeof cycleStageSchema>;

/**
 * How a position is scored. `verbatim` keeps the rule text where the source states one;
 * a rule without `verbatim` is our default and the product must say so.
 */
export const pointRuleSchema = z.discriminatedUnion("kind", [
  /** Present or not: 0 or 1. */
  z.object({ kind: z.literal("presence"), verbatim: z.string().optional() }),
  /** «по 1 баллу за каждый …»: points per listed item, added up. */
  z.object({
    kind: z.literal("perItem"),
    pointsPerItem: z.number().positive(),
    items: z.array(z.string().min(1)).min(1),
    verbatim: z.string().optional(),
  }),
  /** «2 балла — соответствующих обоснованной цели, 1 балл — не соответствующих». */
  z.object({
    kind: z.literal("goalMatch"),
    matching: z.number().positive(),
    notMatching: z.number().nonnegative(),
    verbatim: z.string().optional(),
  }),
  /** A graded scale (e.g. analysis methods graded 1–4), with the grade descriptions when given. */
  z.object({
    kind: z.literal("graded"),
    min: z.number().int(),
    max: z.number().int(),
    grades: z.array(z.string()).default([]),
    verbatim: z.string().optional(),
  }),
  /** A penalty row («Наличие неэффективных показателей…»): subtracts points; the source gives no value. */
  z.object({ kind: z.literal("penalty"), pointsPerItem: z.number().negative(), verbatim: z.string().optional() }),
]);
export type PointRule = z.infer<typeof pointRuleSchema>;

export const positionSchema = z.object({
  /** Stable code, e.g. «FED.1.2.3.04» (block.subsystem.stage.position). */
  code: z.string().regex(/^FED(\.[0-9]+)+$/),
  /** Verbatim text of the position, continuation lines joined. */
  name: z.string().min(1),
  /** Cleaned, speaking of the municipality where the source speaks of the region. */
  label: z.string().min(1),
  stage: cycleStageSchema,
  rule: pointRuleSchema,
  /** Maximum points. The source gives none: `maxReconstructed` is true where we derived it. */
  maxScore: z.number(),
  maxReconstructed: z.boolean(),
  source: sourceRefSchema,
});
export type Position = z.infer<typeof positionSchema>;

export const subsystemSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  label: z.string().min(1),
  positions: z.array(positionSchema).min(1),
  source: sourceRefSchema,
});

export const blockSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  subsystems: z.array(subsystemSchema).min(1),
});

export const methodologySchema = z.object({
  id: z.literal("federal"),
  title: z.string().min(1),
  document: sourceRefSchema.shape.document,
  blocks: z.array(blockSchema).length(2),
});
export type Methodology = z.infer<typeof methodologySchema>;
export type MethodologyInput = z.input<typeof methodologySchema>;
