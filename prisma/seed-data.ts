/**
 * The catalogue's starting roles.
 *
 * Facts — the Chinese and English names, the skill tier and the emergence horizon — are transcribed from the
 * article in ../shared/seed/: 「如今人工智能AI就业岗位有哪些」, CSDN blog, 2024-12-28
 * (https://blog.csdn.net/zz12345600354/article/details/139915828). The article lists roles under
 * 技术含量（低到中等） → "low-to-medium", 技术含量（中到高等） → "medium-to-high", 未来5年将出现的工作 → "5-year" and
 * 未来10年将出现的工作 → "10-year". A role the article lists under no tier (or no horizon) has none here (null):
 * nothing is guessed. 基因多样化官 appears only in the 10-year list; seven roles appear in no horizon list.
 *
 * Summaries and descriptions are our own editorial text (contentOrigin "editorial"); the article gives none.
 */

export interface SeedRole {
  slug: string;
  titleEn: string;
  titleZh: string;
  tier: "LOW_TO_MEDIUM" | "MEDIUM_TO_HIGH" | null;
  horizon: "FIVE_YEARS" | "TEN_YEARS" | null;
  summaryEn: string;
  summaryZh: string;
  descriptionEn: string;
  descriptionZh: string;
}

export const SEED_SOURCE_NAME = "「如今人工智能AI就业岗位有哪些」, CSDN blog, 2024-12-28";

export const SEED_ROLES: readonly SeedRole[] = [
  {
    slug: "walker-talker",
    titleEn: "Walker/Talker",
    titleZh: "陪散步/陪聊",
    tier: "LOW_TO_MEDIUM",
    horizon: "FIVE_YEARS",
    summaryEn: "Offers company on walks and in conversation, booked through an app.",
    summaryZh: "通过应用预约，为人提供散步陪伴与聊天。",
    descriptionEn:
      "A Walker/Talker keeps people company, on foot or in conversation, for clients who are lonely, elderly or simply want someone to talk to. Platforms match them with clients and handle booking and payment; the work itself is listening, warmth and reliability rather than technical skill.",
    descriptionZh:
      "陪散步/陪聊人员为孤独的人、老年人或只是想找人说话的客户提供散步陪伴或聊天服务。平台负责匹配客户、预约和付款；工作本身靠的是倾听、温暖与可靠，而不是技术能力。",
  },
  {
    slug: "digital-tailor",
    titleEn: "Digital Tailor",
    titleZh: "数字裁缝",
    tier: "LOW_TO_MEDIUM",
    horizon: null,
    summaryEn: "Fits clothes bought online to each customer, using body scans and measurements.",
    summaryZh: "借助人体扫描与测量，为网购服装做个性化修改与合身调整。",
    descriptionEn:
      "A Digital Tailor closes the gap between buying clothes online and having them fit. Working from body scans, photos or measurements, they adjust patterns, advise on sizes and alter garments so that online orders fit like made-to-measure ones, cutting returns.",
    descriptionZh:
      "数字裁缝弥合网购服装与合身之间的差距。他们根据人体扫描、照片或测量数据调整版型、建议尺码并修改成衣，让网购的衣服像量身定做一样合身，从而减少退货。",
  },
  {
    slug: "fitness-commitment-counselor",
    titleEn: "Fitness Commitment Counselor",
    titleZh: "健身坚持顾问",
    tier: "LOW_TO_MEDIUM",
    horizon: "FIVE_YEARS",
    summaryEn: "Helps people keep their exercise habits, reading data from wearables and apps.",
    summaryZh: "结合可穿戴设备与应用数据，帮助人们把健身习惯坚持下去。",
    descriptionEn:
      "A Fitness Commitment Counselor works on the hard part of fitness: sticking with it. They follow clients' activity from wearables and apps, check in when motivation drops, and adjust goals so that routines survive busy weeks. Coaching skills matter more than sports science.",
    descriptionZh:
      "健身坚持顾问专注于健身最难的部分：坚持。他们通过可穿戴设备和应用了解客户的运动情况，在动力下降时及时跟进，并调整目标，让锻炼计划在忙碌时也能延续。沟通辅导能力比运动科学知识更重要。",
  },
  {
    slug: "personal-memory-curator",
    titleEn: "Personal Memory Curator",
    titleZh: "个人记忆收藏管理员",
    tier: "LOW_TO_MEDIUM",
    horizon: "TEN_YEARS",
    summaryEn: "Organises a person's photos, messages and stories into a lasting, searchable memory archive.",
    summaryZh: "把个人的照片、消息与故事整理成可长期保存、可检索的记忆档案。",
    descriptionEn:
      "A Personal Memory Curator helps people, often older clients and their families, gather scattered photos, recordings, messages and stories and turn them into an archive that can be kept, searched and shared. The role combines interviewing, careful organisation and judgment about privacy.",
    descriptionZh:
      "个人记忆收藏管理员帮助客户（往往是老人及其家人）收集散落的照片、录音、消息与故事，整理成可以保存、检索和分享的档案。这项工作需要访谈技巧、细致的整理能力以及对隐私的分寸感。",
  },
  {
    slug: "virtual-store-sherpa",
    titleEn: "Virtual Store Sherpa",
    titleZh: "虚拟商店导购",
    tier: "LOW_TO_MEDIUM",
    horizon: "TEN_YEARS",
    summaryEn: "Guides shoppers through virtual and online stores, alongside AI recommendations.",
    summaryZh: "在虚拟与线上商店中为顾客导购，与 AI 推荐相互配合。",
    descriptionEn:
      "A Virtual Store Sherpa is a shop assistant for virtual and online stores. They answer questions, compare products and steer customers towards what they actually need, stepping in where automated recommendations fall short and passing what they learn back to the store.",
    descriptionZh:
      "虚拟商店导购是虚拟及线上商店的店员。他们解答疑问、比较商品，引导顾客找到真正需要的东西，在自动推荐力有不逮时出手相助，并把了解到的顾客需求反馈给商店。",
  },
  {
    slug: "ethical-sourcing-manager",
    titleEn: "Ethical Sourcing Manager",
    titleZh: "伦理资源经理",
    tier: "LOW_TO_MEDIUM",
    horizon: "FIVE_YEARS",
    summaryEn: "Makes sure a company's suppliers, data and materials are sourced ethically.",
    summaryZh: "确保企业的供应商、数据与原材料来源符合伦理要求。",
    descriptionEn:
      "An Ethical Sourcing Manager checks where a company's inputs come from: suppliers, raw materials and, increasingly, the data used to train AI systems. They set standards, audit suppliers, follow up on problems and report to customers and regulators who ask how things were made.",
    descriptionZh:
      "伦理资源经理核查企业各类投入的来源：供应商、原材料，以及越来越重要的 AI 训练数据。他们制定标准、审核供应商、跟进发现的问题，并向关心产品来源的客户和监管机构汇报。",
  },
  {
    slug: "highway-controller",
    titleEn: "Highway Controller",
    titleZh: "高速路控制员",
    tier: "LOW_TO_MEDIUM",
    horizon: "TEN_YEARS",
    summaryEn: "Monitors and manages road traffic shared by human drivers and autonomous vehicles.",
    summaryZh: "监控并调度由人类司机与自动驾驶车辆共用的道路交通。",
    descriptionEn:
      "A Highway Controller oversees roads and airspace where automated vehicles and people travel together. From a control room they watch traffic systems, handle incidents the automation cannot, and decide on closures and reroutes, much as air traffic controllers do today.",
    descriptionZh:
      "高速路控制员负责监管自动驾驶车辆与人共同出行的道路与空域。他们在控制中心监视交通系统，处理自动化系统无法应对的突发情况，决定封路与改道，类似今天的空中交通管制员。",
  },
  {
    slug: "ai-business-development-manager",
    titleEn: "AI Business Development Manager",
    titleZh: "AI业务开发经理",
    tier: "LOW_TO_MEDIUM",
    horizon: "FIVE_YEARS",
    summaryEn: "Finds customers and partners for AI products and turns their needs into deals.",
    summaryZh: "为 AI 产品寻找客户与合作伙伴，把客户需求转化为合作。",
    descriptionEn:
      "An AI Business Development Manager sells and partners around AI products. They learn what a customer's business needs, explain honestly what AI can and cannot do for it, shape pilots and contracts, and bring what customers ask for back to the product team.",
    descriptionZh:
      "AI 业务开发经理围绕 AI 产品开展销售与合作。他们了解客户业务的真实需求，实事求是地说明 AI 能做什么、不能做什么，推动试点与签约，并把客户的诉求反馈给产品团队。",
  },
  {
    slug: "man-machine-teaming-manager",
    titleEn: "Man-Machine Teaming Manager",
    titleZh: "人机协作经理",
    tier: "LOW_TO_MEDIUM",
    horizon: null,
    summaryEn: "Designs how people and AI systems or robots divide and share work in a team.",
    summaryZh: "设计人与 AI 系统或机器人在团队中如何分工协作。",
    descriptionEn:
      "A Man-Machine Teaming Manager decides which tasks go to people and which to AI systems or robots, and how they hand work to each other. They train staff to work alongside automation, watch for failures at the hand-offs and keep the combined team productive and safe.",
    descriptionZh:
      "人机协作经理决定哪些任务交给人、哪些交给 AI 系统或机器人，以及双方如何交接工作。他们培训员工与自动化系统协同工作，关注交接环节的失误，确保人机团队高效且安全。",
  },
  {
    slug: "bring-your-own-it-facilitator",
    titleEn: "Bring Your Own IT Facilitator",
    titleZh: "IT自动化设计师",
    tier: "LOW_TO_MEDIUM",
    horizon: "FIVE_YEARS",
    summaryEn: "Helps staff automate their own work safely with the apps and AI tools they bring.",
    summaryZh: "帮助员工借助自带的应用与 AI 工具，安全地把自己的工作自动化。",
    descriptionEn:
      "A Bring Your Own IT Facilitator supports employees who build their own automations with low-code apps, personal devices and AI assistants. They help people design workflows that work, keep them within security and data rules, and turn the best ones into shared tools.",
    descriptionZh:
      "IT自动化设计师为使用低代码应用、个人设备和 AI 助手自行搭建自动化流程的员工提供支持。他们帮助大家设计切实可行的工作流程，确保其符合安全与数据规范，并把优秀的流程推广为团队共用的工具。",
  },
  {
    slug: "personal-data-broker",
    titleEn: "Personal Data Broker",
    titleZh: "个人数据交易员",
    tier: "LOW_TO_MEDIUM",
    horizon: "TEN_YEARS",
    summaryEn: "Represents individuals who want to license their personal data, with consent and fair pay.",
    summaryZh: "代表个人授权使用其个人数据，确保知情同意与合理回报。",
    descriptionEn:
      "A Personal Data Broker acts for individuals rather than companies: they help people understand what their data is worth, license it to buyers on clear terms with consent, and collect payment on their behalf, while keeping the deals within privacy law.",
    descriptionZh:
      "个人数据交易员代表的是个人而非企业：他们帮助人们了解自身数据的价值，在知情同意、条款清晰的前提下把数据授权给买方，并代为收取报酬，同时确保交易符合隐私法规。",
  },
  {
    slug: "genomic-portfolio-director",
    titleEn: "Genomic Portfolio Director",
    titleZh: "基因组合总监",
    tier: "MEDIUM_TO_HIGH",
    horizon: null,
    summaryEn: "Manages an organisation's portfolio of genomic research, data and products.",
    summaryZh: "管理机构在基因组研究、数据与产品方面的项目组合。",
    descriptionEn:
      "A Genomic Portfolio Director decides where an organisation puts its money and effort in genomics: which research programmes, datasets and products to fund, partner on or stop. The role needs enough biology and data science to judge the science, and business sense to judge the return.",
    descriptionZh:
      "基因组合总监决定机构在基因组领域的资金与精力投向：资助、合作或终止哪些研究项目、数据集与产品。这一职位既需要足够的生物学与数据科学功底来评判科学价值，也需要商业判断力来评估回报。",
  },
  {
    slug: "financial-wellness-coach",
    titleEn: "Financial Wellness Coach",
    titleZh: "金融健康教练",
    tier: "MEDIUM_TO_HIGH",
    horizon: null,
    summaryEn: "Coaches people on budgeting, saving and debt, with help from data and AI tools.",
    summaryZh: "借助数据与 AI 工具，在预算、储蓄与债务方面为个人提供辅导。",
    descriptionEn:
      "A Financial Wellness Coach helps people get their money in order: budgets, savings, debt and long-term plans. They use data and AI tools to spot patterns in clients' finances and to model options, and spend their time on explanation and follow-through that software cannot give.",
    descriptionZh:
      "金融健康教练帮助人们理顺财务：预算、储蓄、债务与长期规划。他们借助数据与 AI 工具发现客户财务中的规律、测算不同方案，把精力放在软件给不了的讲解与持续跟进上。",
  },
  {
    slug: "chief-trust-officer",
    titleEn: "Chief Trust Officer",
    titleZh: "首席信托官",
    tier: "MEDIUM_TO_HIGH",
    horizon: null,
    summaryEn: "Executive accountable for how trustworthy a company's data, AI and security practices are.",
    summaryZh: "对企业数据、AI 与安全实践的可信度负责的高管。",
    descriptionEn:
      "A Chief Trust Officer is the executive answerable for whether customers, partners and regulators can trust the company: how it protects data, how its AI systems make decisions, and how it responds when something goes wrong. They bring security, privacy, compliance and AI governance under one owner.",
    descriptionZh:
      "首席信托官是对客户、合作伙伴和监管机构能否信任公司负责的高管：公司如何保护数据、AI 系统如何做出决策、出现问题时如何应对。这一职位把安全、隐私、合规与 AI 治理统一到一位负责人名下。",
  },
  {
    slug: "data-detective",
    titleEn: "Data Detective",
    titleZh: "数据侦探",
    tier: "MEDIUM_TO_HIGH",
    horizon: "FIVE_YEARS",
    summaryEn: "Investigates an organisation's data to find the answers, errors and patterns hidden in it.",
    summaryZh: "深入调查机构的数据，找出其中隐藏的答案、错误与规律。",
    descriptionEn:
      "A Data Detective treats data as evidence. Given a business question or a suspicious result, they trace where the data came from, test it for errors and bias, and piece together what actually happened, then explain their findings to people who have to act on them.",
    descriptionZh:
      "数据侦探把数据当作证据。面对一个业务问题或可疑的结果，他们追溯数据来源，检验其中的错误与偏差，还原事情的真实经过，再把结论讲给需要据此行动的人。",
  },
  {
    slug: "cyber-city-analyst",
    titleEn: "Cyber City Analyst",
    titleZh: "虚拟城市分析师",
    tier: "MEDIUM_TO_HIGH",
    horizon: null,
    summaryEn: "Keeps a smart city's data flows and connected systems running and makes sense of them.",
    summaryZh: "保障智慧城市的数据流与联网系统运行，并从中分析出有用的信息。",
    descriptionEn:
      "A Cyber City Analyst works on the data that runs a connected city: sensors, transport, utilities and public services. They keep the data flowing and accurate, find faults before residents notice them, and turn the city's data into analysis that planners can use.",
    descriptionZh:
      "虚拟城市分析师负责支撑联网城市运转的数据：传感器、交通、公用事业和公共服务。他们确保数据持续流动且准确，在市民察觉之前发现故障，并把城市数据转化为规划者可用的分析。",
  },
  {
    slug: "ai-assisted-healthcare-technician",
    titleEn: "AI-Assisted Healthcare Technician",
    titleZh: "AI辅助医疗技术人员",
    tier: "MEDIUM_TO_HIGH",
    horizon: "FIVE_YEARS",
    summaryEn: "Operates AI diagnostic and care tools in clinics and checks what they report.",
    summaryZh: "在医疗机构中操作 AI 诊断与护理工具，并核查其输出结果。",
    descriptionEn:
      "An AI-Assisted Healthcare Technician runs AI-based diagnostic and care tools alongside clinicians: preparing patients and data, operating the systems, checking their output for obvious errors and passing results to doctors. The role needs both clinical training and an understanding of how the tools fail.",
    descriptionZh:
      "AI辅助医疗技术人员与临床医生协作，运行基于 AI 的诊断与护理工具：准备患者与数据、操作系统、核查输出中的明显错误，并把结果交给医生。这一职位既需要临床训练，也需要了解这些工具会在哪里出错。",
  },
  {
    slug: "augmented-reality-journey-builder",
    titleEn: "Augmented Reality Journey Builder",
    titleZh: "增强现实旅游开发商",
    tier: "MEDIUM_TO_HIGH",
    horizon: "TEN_YEARS",
    summaryEn: "Designs and builds augmented-reality trips and experiences for travellers.",
    summaryZh: "为旅行者设计并开发增强现实旅行体验。",
    descriptionEn:
      "An Augmented Reality Journey Builder creates travel experiences that layer digital content over real places, or recreate places people cannot visit. They combine storytelling and travel knowledge with 3D content, AR development and an eye for what makes an experience comfortable to use.",
    descriptionZh:
      "增强现实旅游开发商打造在真实地点之上叠加数字内容、或重现人们无法亲临之地的旅行体验。他们把讲故事的能力和旅行知识，与三维内容制作、AR 开发以及对使用舒适度的把握结合起来。",
  },
  {
    slug: "master-of-edge-computing",
    titleEn: "Master of Edge Computing",
    titleZh: "边缘计算主管",
    tier: "MEDIUM_TO_HIGH",
    horizon: "FIVE_YEARS",
    summaryEn: "Leads the design and running of computing done on devices and near them, not in the cloud.",
    summaryZh: "主导在设备端及其附近（而非云端）进行计算的系统设计与运维。",
    descriptionEn:
      "A Master of Edge Computing leads the systems that process data where it is produced: in factories, vehicles, shops and devices, rather than in a distant data centre. They decide what runs at the edge and what in the cloud, and answer for latency, reliability, security and cost.",
    descriptionZh:
      "边缘计算主管负责在数据产生之处——工厂、车辆、门店和各类设备——而非远端数据中心处理数据的系统。他们决定哪些计算放在边缘、哪些放在云端，并对时延、可靠性、安全和成本负责。",
  },
  {
    slug: "quantum-machine-learning-analyst",
    titleEn: "Quantum Machine Learning Analyst",
    titleZh: "量子机器学习分析师",
    tier: "MEDIUM_TO_HIGH",
    horizon: null,
    summaryEn: "Researches and applies quantum computing methods to machine learning problems.",
    summaryZh: "研究并应用量子计算方法解决机器学习问题。",
    descriptionEn:
      "A Quantum Machine Learning Analyst works where quantum computing meets machine learning: testing whether quantum algorithms can speed up or improve models, running experiments on simulators and early hardware, and telling honestly which problems benefit and which do not yet.",
    descriptionZh:
      "量子机器学习分析师工作在量子计算与机器学习的交汇处：检验量子算法能否加速或改进模型，在模拟器和早期量子硬件上开展实验，并如实判断哪些问题能从中受益、哪些目前还不能。",
  },
  {
    slug: "genetic-diversity-officer",
    titleEn: "Genetic Diversity Officer",
    titleZh: "基因多样化官",
    tier: null,
    horizon: "TEN_YEARS",
    summaryEn: "Watches over genetic diversity in programmes that edit or select genes.",
    summaryZh: "在基因编辑与筛选项目中守护基因多样性。",
    descriptionEn:
      "A Genetic Diversity Officer makes sure that programmes which edit, select or breed for genes, in medicine, agriculture or conservation, do not narrow the gene pool by accident. They review plans, track diversity measures over time and advise on the ethical and ecological risks.",
    descriptionZh:
      "基因多样化官确保医疗、农业或物种保护中涉及基因编辑、筛选或育种的项目不会无意中缩小基因库。他们审查项目方案，持续跟踪多样性指标，并就伦理与生态风险提供建议。",
  },
];
