/**
 * The 21 seed roles' Chinese titles in pinyin order, worked out by hand from a dictionary (not from the code under
 * test): ai fu zhu < ai ye wu < bian < gao < ge ren ji < ge ren shu < it < ji yin duo < ji yin zu < jian < jin <
 * liang < lun < pei < ren < shou < shu ju < shu zi < xu ni cheng < xu ni shang < zeng.
 */
export const SEED_PINYIN_ORDER = [
  "AI辅助医疗技术人员", "AI业务开发经理", "边缘计算主管", "高速路控制员", "个人记忆收藏管理员", "个人数据交易员",
  "IT自动化设计师", "基因多样化官", "基因组合总监", "健身坚持顾问", "金融健康教练", "量子机器学习分析师", "伦理资源经理",
  "陪散步/陪聊", "人机协作经理", "首席信托官", "数据侦探", "数字裁缝", "虚拟城市分析师", "虚拟商店导购", "增强现实旅游开发商",
];
