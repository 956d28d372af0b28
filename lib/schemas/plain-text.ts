import { z } from "zod";

/**
 * For filters that pages parse themselves (the audit page prefetches without withRoute, whose input check refuses
 * these for every API route): no C0 control, DEL or unpaired surrogate, so a `?actor=a%00b` is a validation error on
 * the page too, never a database error whose message would quote it.
 */
export const isPlainText = (value: string): boolean => !/[\u0000-\u001F\u007F]/.test(value) && value.isWellFormed();

export const PLAIN_TEXT_MESSAGE = "Contains a control character or invalid Unicode";

export const PlainText = z.string().refine(isPlainText, { error: PLAIN_TEXT_MESSAGE });
