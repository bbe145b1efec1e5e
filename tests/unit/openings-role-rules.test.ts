import { describe, expect, it } from "vitest";
import { SEED_ROLES } from "@/prisma/seed-data";
import { explainRoleMatch, normalizeTitle, ROLE_RULES, ROLE_SLUGS } from "@/lib/openings/import/role-rules";

const role = (title: string) => {
  const m = explainRoleMatch(title);
  return "roleSlug" in m ? m.roleSlug : null;
};

describe("role rules", () => {
  it("name exactly the seeded 21 roles", () => {
    expect([...ROLE_SLUGS].sort()).toEqual(SEED_ROLES.map((r) => r.slug).sort());
    for (const rule of ROLE_RULES) if (rule.role) expect(ROLE_SLUGS).toContain(rule.role);
  });

  it("have unique ids and a reason each", () => {
    expect(new Set(ROLE_RULES.map((r) => r.id)).size).toBe(ROLE_RULES.length);
    for (const r of ROLE_RULES) expect(r.why.length).toBeGreaterThan(10);
  });

  it.each([
    // data-detective: the analyst
    ["Data Analyst", "data-detective"],
    ["Senior Data Analyst (Risk)", "data-detective"],
    ["BI Analyst", "data-detective"],
    ["Business Intelligence Analyst", "data-detective"],
    ["数据分析师", "data-detective"],
    ["高级数据分析师（用户增长）", "data-detective"],
    ["数据分析（ＣＲＭ）", "data-detective"],
    ["运营数据分析", "data-detective"],
    ["数据分析实习生", "data-detective"],
    ["BI-数据分析高级专家20871", "data-detective"],
    ["资深/高级数据分析-增长策略方向", "data-detective"],
    ["数据侦探", "data-detective"],
    // the other future roles
    ["Quantum Machine Learning Scientist", "quantum-machine-learning-analyst"],
    ["量子机器学习研究员", "quantum-machine-learning-analyst"],
    ["Edge AI Engineer", "master-of-edge-computing"],
    ["On-device ML Engineer (Remote)", "master-of-edge-computing"],
    ["边缘计算架构师", "master-of-edge-computing"],
    ["AI Business Development Manager", "ai-business-development-manager"],
    ["Partnerships Lead, Generative AI", "ai-business-development-manager"],
    ["AI商务拓展经理", "ai-business-development-manager"],
    ["Head of Trust & Safety", "chief-trust-officer"],
    ["Responsible AI Policy Lead", "chief-trust-officer"],
    ["AI Governance Manager", "chief-trust-officer"],
    ["Chief Trust Officer", "chief-trust-officer"],
    ["Human-AI Teaming Lead", "man-machine-teaming-manager"],
    ["Human-Robot Interaction Researcher", "man-machine-teaming-manager"],
    ["人机协作经理", "man-machine-teaming-manager"],
    ["AR Experience Designer", "augmented-reality-journey-builder"],
    ["Augmented Reality Developer", "augmented-reality-journey-builder"],
    ["增强现实内容设计师", "augmented-reality-journey-builder"],
    ["AI Radiology Technologist", "ai-assisted-healthcare-technician"],
    ["Director, Genomics Portfolio", "genomic-portfolio-director"],
    ["Genetic Diversity Officer", "genetic-diversity-officer"],
    ["Personal Data Broker", "personal-data-broker"],
    ["Ethical Sourcing Manager", "ethical-sourcing-manager"],
    ["Smart City Data Analyst", "cyber-city-analyst"],
    ["智慧城市数据分析师", "cyber-city-analyst"],
    ["Traffic Control Centre Operator", "highway-controller"],
    ["车路协同运营专员", "highway-controller"],
    ["Citizen Developer Enablement Lead", "bring-your-own-it-facilitator"],
    ["Financial Wellness Coach", "financial-wellness-coach"],
    ["Fitness Coach", "fitness-commitment-counselor"],
    ["Personal Memory Curator", "personal-memory-curator"],
    ["Virtual Shopping Assistant", "virtual-store-sherpa"],
    ["Made-to-Measure Tailor", "digital-tailor"],
    ["Walking Companion", "walker-talker"],
  ])("%j → %s", (title, slug) => {
    expect(role(title)).toBe(slug);
  });

  it.each([
    ["Machine Learning Engineer", "ml-ai-engineering"],
    ["AI/ML Engineer", "ml-ai-engineering"],
    ["ML Engineer (100% Remote)", "ml-ai-engineering"],
    ["ML Engineer at a cutting edge startup", "ml-ai-engineering"],
    ["Machine Learning Engineer, Partnerships", "ml-ai-engineering"],
    ["Data Scientist", "data-science"],
    ["数据挖掘工程师", "data-science"],
    ["Responsible AI Engineer", "trust-engineering"],
    ["AI Safety Research Engineer", "trust-engineering"],
    ["ML Engineer, Medical Imaging", "healthcare-ai-engineering"],
    ["ML Engineer, Autonomous Driving Stack", "autonomous-vehicle-engineering"],
    ["Quantum Hardware Engineer", "quantum-only"],
    ["数据分析产品经理", "analysis-as-qualifier-product"],
    ["产品运营专员（数据分析方向）", "analysis-as-qualifier-product"],
    ["Java开发工程师-数据分析平台", "analysis-as-qualifier-development"],
    ["数据分析讲师", "analysis-as-qualifier-teaching"],
    ["内容运营经理（数据分析方向）", "analysis-as-qualifier-other"],
    ["Data Engineer", "data-engineering"],
    ["Software Engineer", "software-engineering"],
    ["VR Developer", "software-engineering"],
    ["Accounts Receivable (AR) Specialist", null],
    ["Web Traffic Manager", null],
    ["Sales Associate", null],
    ["", null],
  ])("%j is unmapped (rule %s), with a reason", (title, rule) => {
    const m = explainRoleMatch(title);
    expect("unmapped" in m).toBe(true);
    if ("unmapped" in m) {
      expect(m.rule).toBe(rule);
      expect(m.unmapped.length).toBeGreaterThan(5);
    }
  });

  it("'AR' must be the capitalised word and not a US state", () => {
    expect(role("Senior Engineer - AR Glasses")).toBe("augmented-reality-journey-builder");
    // ", AR" reads as the state Arkansas (US titles often end with a place), so it is not taken as AR.
    expect(role("Senior Engineer, AR")).toBe(null);
    expect(role("Analyst - Little Rock, AR")).toBe(null);
    expect(role("Art Director")).toBe(null);
  });

  it("normalises full-width text and strips invisible characters before matching", () => {
    expect(normalizeTitle("\u200E数据分析（ＣＲＭ）\u202C").text).toBe("数据分析(crm)");
    expect(normalizeTitle("【电商】产品运营-数据分析方向(J123)").segments).toEqual(["产品运营", "数据分析方向"]);
    expect(role("Data\u00A0Analyst")).toBe("data-detective");
  });
});
