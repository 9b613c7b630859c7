"""A city's signed policy edition (2025–2027) as test data, shared by the policy, audit and type tests."""

CITY_PASSPHRASE = "city-test-passphrase"

CITY_EDITION = """\
format: zgsz-policy-edition/1
id: nantong-2025-2027
edition_version: "1"
title: 南通市制造业智能化改造数字化转型网络化联接三年行动计划（2025—2027年）
short_title: 南通市“智改数转网联”三年行动计划（2025—2027年）
issuer: 南通市人民政府办公室
document_no: 通政办发〔2025〕1号
issued: "2025-03-01"
years: [2025, 2027]
region: 南通市
confidence: V
summary: 市级版本（测试数据）。
sources:
  - {id: plan, title: 南通市“智改数转网联”三年行动计划, issuer: 南通市人民政府办公室, document_no: 通政办发〔2025〕1号,
     confidence: V}
benchmarks:
  key_process_cnc_rate: {name: 关键工序数控化率, target_percent: 60, comparison: ">=", scope: 重点企业, source: plan,
                         basis: 到2027年重点企业关键工序数控化率达60%}
  management_digitalization_rate: {name: 经营管理数字化普及率, target_percent: 85, comparison: ">=", scope: 重点企业,
                                   source: plan, basis: 到2027年达85%}
  rnd_design_tool_rate: {name: 数字化研发设计工具普及率, target_percent: 93, comparison: ">=", scope: 重点企业,
                         source: plan, basis: 到2027年达93%}
quota_rows:
  - {key: zgsz_projects, table: 附件1, label: 完成项目数（规上企业）, counter: projects_completed_above_scale,
     span: year, source: plan, quota: {海安市: {2025: 300, 2026: 300, 2027: 280}}}
  - {key: robots, table: 附件2, label: 新增工业机器人, counter: robots_installed, span: year, source: plan,
     quota: {海安市: {2025: 50}}}
"""
