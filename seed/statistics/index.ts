// Every statistics module (figures from NBS yearbooks, communiqués and provincial bureaux, kept apart
// from the five documents): their sources, figures and the indicators they report.
import type { StatisticFigureRecord, StatisticSourceRecord } from "@/lib/validation/statistics";
import * as exchangeRates from "./exchange-rates";
import * as fiscalSt from "./fiscal-st";
import * as gdpPerCapita from "./gdp-per-capita";
import * as hitechIndustry from "./hitech-industry";
import { statisticIndicators } from "./indicators";
import * as nationalGdpPerCapita from "./national-gdp-per-capita";
import * as patents from "./patents";
import * as rnd from "./rnd";
import * as rndPersonnel from "./rnd-personnel";
import * as techMarket from "./tech-market";

export type StatisticsModule = { sources: StatisticSourceRecord[]; figures: StatisticFigureRecord[] };

export const statisticsModules: Record<string, StatisticsModule> = {
  "exchange-rates": exchangeRates,
  "gdp-per-capita": gdpPerCapita,
  "national-gdp-per-capita": nationalGdpPerCapita,
  rnd,
  "rnd-personnel": rndPersonnel,
  patents,
  "tech-market": techMarket,
  "hitech-industry": hitechIndustry,
  "fiscal-st": fiscalSt,
};

export type StatisticsSeed = {
  indicators: typeof statisticIndicators;
  sources: StatisticSourceRecord[];
  figures: StatisticFigureRecord[];
};

export const statistics: StatisticsSeed = {
  indicators: statisticIndicators,
  sources: Object.values(statisticsModules).flatMap((m) => m.sources),
  figures: Object.values(statisticsModules).flatMap((m) => m.figures),
};

/** The directory under the project that keeps each table's text as retrieved. */
export const referencesDir = "seed/references";
