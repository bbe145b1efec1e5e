/**
 * Average annual pay of entry-level engineers at five companies, as reported by Blind and cited by the article
 * 「如今人工智能AI就业岗位有哪些」 (CSDN blog, 2024-12-28): "5家公司的入门级工程师平均年薪情况如下". Transcribed
 * exactly: USD in units of 10,000 (万美元) and the article's own CNY equivalents (万元人民币, "当前约", i.e. at
 * the article's exchange rate). Order as in the article.
 */
export interface PayFigure {
  companyEn: string;
  companyZh: string;
  /** 万美元 (10,000 US dollars) per year. */
  usdWan: number;
  /** 万元人民币 (10,000 yuan) per year, approximate, as the article gives it. */
  cnyWan: number;
}

/** The five figures, in the article's order. */
export const ENTRY_LEVEL_PAY: readonly PayFigure[] = [
  { companyEn: "Amazon", companyZh: "亚马逊", usdWan: 15.9, cnyWan: 115.9 },
  { companyEn: "Google", companyZh: "谷歌", usdWan: 18.4, cnyWan: 134.1 },
  { companyEn: "Meta", companyZh: "Meta", usdWan: 17.9, cnyWan: 130.5 },
  { companyEn: "Apple", companyZh: "苹果", usdWan: 14.2, cnyWan: 103.5 },
  { companyEn: "Microsoft", companyZh: "微软", usdWan: 14.1, cnyWan: 102.8 },
];

/**
 * Where the figures come from, as the chart's text alternative and source note cite it. `reportEn`/`reportZh` and
 * `articleSite`/`articleSiteZh` are the same names in each language (the page shows its own language first);
 * `articleTitle` is the article's own (Chinese) title; `articleDate` its publication date (ISO 8601, formatted per
 * locale for display).
 */
export const PAY_SOURCE = {
  reportEn: "Blind report",
  reportZh: "Blind 发布的报告",
  articleTitle: "如今人工智能AI就业岗位有哪些",
  articleSite: "CSDN blog",
  articleSiteZh: "CSDN 博客",
  articleDate: "2024-12-28",
} as const;

/** US dollars per year from the article's 万美元 figure (15.9 → 159,000), exact for one decimal. */
export const usdPerYear = (f: PayFigure) => Math.round(f.usdWan * 10) * 1000;
/** Yuan per year from the article's 万元 figure (115.9 → 1,159,000). */
export const cnyPerYear = (f: PayFigure) => Math.round(f.cnyWan * 10) * 1000;
