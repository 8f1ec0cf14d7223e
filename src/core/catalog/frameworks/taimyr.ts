import data from "../data/taimyr/framework.json";
import type { FrameworkInput } from "../schema";

/**
 * Таймырский Долгано-Ненецкий муниципальный район: Положение о МСОКО
 * (shared/seeds/001_8394eba6cc65d5b0.txt), section 7 «Механизмы управления качеством образования и их
 * целевые ориентиры». Eight mechanisms with «Цели и задачи» only and no indicator tables: the user
 * completes the framework from the indicator library. The source heads goals and tasks jointly; the
 * first item of each list (the overarching aim) is taken as the goal, the rest as tasks. Items are
 * verbatim, with list dashes and trailing «;» / «.» removed and items broken over lines joined.
 */
export const taimyrFramework = data as FrameworkInput;
