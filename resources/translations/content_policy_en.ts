<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>content</name>
        <message>
            <source>南通市制造业智能化改造和数字化转型三年行动计划（2022—2024年）</source>
            <translation>Three-year action plan for intelligent transformation and digital transition of manufacturing in Nantong (2022–2024)</translation>
        </message>
        <message>
            <source>南通市“智改数转”三年行动计划（2022—2024年）</source>
            <translation>Nantong ITDT three-year action plan (2022–2024)</translation>
        </message>
        <message>
            <source>南通市人民政府办公室</source>
            <translation>General Office of the Nantong Municipal People's Government</translation>
        </message>
        <message>
            <source>通政办发〔2022〕3号</source>
            <translation>(通政办发〔2022〕3号)</translation>
        </message>
        <message>
            <source>南通市</source>
            <translation>Nantong City</translation>
        </message>
        <message>
            <source>三项指标的目标（65%、超过82%、接近92%）、星级上云和附件1—3的分地区任务均取自计划原文。三项目标是规划对全市“重点企业”整体设定的水平，企业用自己的数值与之对照，属自评参照。</source>
            <translation>The targets for the three indicators (65%, over 82%, close to 92%), star-rated cloud adoption and the district quotas of Annexes 1–3 are all taken from the original text of the plan. The three targets are levels the plan sets for the city's "key enterprises" as a whole; an enterprise compares its own figures with them as a self-assessment reference.</translation>
        </message>
        <message>
            <source>计划原文及附件1—4，随软件附带。</source>
            <translation>Original text of the plan and Annexes 1–4, supplied with the software.</translation>
        </message>
        <message>
            <source>专精特新中小企业认定使用2024年版数字化水平评测的要求</source>
            <translation>Requirement to use the 2024 edition of the digitalisation level assessment when recognising specialised, refined, distinctive and innovative (SRDI) SMEs</translation>
        </message>
        <message>
            <source>工业和信息化部办公厅</source>
            <translation>General Office of MIIT</translation>
        </message>
        <message>
            <source>工信厅企业〔2024〕56号（转引）</source>
            <translation>(工信厅企业〔2024〕56号) (quoted second-hand)</translation>
        </message>
        <message>
            <source>数字化水平二级及以上的要求见于公开转载，原文未核对。</source>
            <translation>The requirement of digitalisation Level 2 or above is found in public reprints; original not checked.</translation>
        </message>
        <message>
            <source>2024年度第一批江苏省星级上云企业遴选通知</source>
            <translation>Notice on the first 2024 batch of Jiangsu star-rated cloud enterprise selection</translation>
        </message>
        <message>
            <source>江苏省工业和信息化厅</source>
            <translation>Jiangsu Provincial Department of Industry and Information Technology</translation>
        </message>
        <message>
            <source>苏工信信基〔2024〕181号</source>
            <translation>(苏工信信基〔2024〕181号)</translation>
        </message>
        <message>
            <source>逐级申报；公有云、私有云、混合云均可；依据《江苏省星级上云企业遴选工作指南（2024年版）》。</source>
            <translation>Apply one star level at a time; public, private and hybrid cloud all qualify; based on the Jiangsu guide to selecting star-rated cloud enterprises (2024 edition).</translation>
        </message>
        <message>
            <source>规划主要目标：到2024年重点企业关键工序数控化率达65%（一、（三））</source>
            <translation>Main plan target: key-process CNC rate of 65% for key enterprises by 2024 (plan section I (3))</translation>
        </message>
        <message>
            <source>规划主要目标：到2024年重点企业经营管理数字化普及率超过82%（一、（三））</source>
            <translation>Main plan target: digital management adoption rate of over 82% for key enterprises by 2024 (plan section I (3))</translation>
        </message>
        <message>
            <source>规划主要目标：到2024年重点企业数字化研发设计工具普及率接近92%（一、（三））</source>
            <translation>Main plan target: digital R&amp;D design tool adoption rate of close to 92% for key enterprises by 2024 (plan section I (3))</translation>
        </message>
        <message>
            <source>附件1</source>
            <translation>Annex 1</translation>
        </message>
        <message>
            <source>完成“智改数转”项目数（规上企业）</source>
            <translation>ITDT projects completed (above-designated-size enterprises)</translation>
        </message>
        <message>
            <source>附件1的任务数针对规上企业：只计企业信息中规模为“规上”的企业状态为“已完成”的项目</source>
            <translation>The Annex 1 quotas concern above-designated-size enterprises: only projects with the status "Completed" of enterprises whose size in the enterprise information is "Above designated size" are counted</translation>
        </message>
        <message>
            <source>附件2</source>
            <translation>Annex 2</translation>
        </message>
        <message>
            <source>新增省级示范智能车间（工厂）</source>
            <translation>New provincial demonstration smart workshops (factories)</translation>
        </message>
        <message>
            <source>新增市级示范智能车间</source>
            <translation>New city demonstration smart workshops</translation>
        </message>
        <message>
            <source>新增市级以上首台（套）重大智能装备</source>
            <translation>New first-of-its-kind major smart equipment (city level or above)</translation>
        </message>
        <message>
            <source>附件3</source>
            <translation>Annex 3</translation>
        </message>
        <message>
            <source>两化融合管理体系贯标通过企业数</source>
            <translation>Enterprises certified under the integration management system standard</translation>
        </message>
        <message>
            <source>按通过评定的年份计</source>
            <translation>Counted by the year certified</translation>
        </message>
        <message>
            <source>工业互联网标杆工厂数</source>
            <translation>Industrial internet benchmark factories</translation>
        </message>
        <message>
            <source>新培育五星级上云企业数</source>
            <translation>Newly developed 5-star cloud enterprises</translation>
        </message>
        <message>
            <source>附件3计“新培育”的星级上云企业：按获评当前星级的年份计，2022年以前获评的不计</source>
            <translation>Annex 3 counts "newly developed" star-rated cloud enterprises: counted by the year the current star level was awarded; awards before 2022 are not counted</translation>
        </message>
        <message>
            <source>新培育四星级上云企业数</source>
            <translation>Newly developed 4-star cloud enterprises</translation>
        </message>
        <message>
            <source>新培育三星级上云企业数</source>
            <translation>Newly developed 3-star cloud enterprises</translation>
        </message>
        <message>
            <source>数字化优秀案例和场景</source>
            <translation>Outstanding digitalisation cases and scenarios</translation>
        </message>
        <message>
            <source>问卷未采集此项，请另行统计</source>
            <translation>Not collected by the questionnaire; please count separately</translation>
        </message>
        <message>
            <source>工业互联网融合创新试点示范</source>
            <translation>Industrial internet integration and innovation pilot demonstration</translation>
        </message>
        <message>
            <source>只计类别为“工业互联网融合创新试点示范”的入选项目；5G全连接工厂、平台、标识解析等另列，不计入</source>
            <translation>Only selected projects in the category "Industrial internet integration and innovation pilot demonstration" are counted; 5G fully connected factories, platforms, identifier resolution, etc. are listed separately and not counted</translation>
        </message>
        <message>
            <source>二级</source>
            <translation>Level 2</translation>
        </message>
        <message>
            <source>专精特新中小企业认定的数字化水平条件</source>
            <translation>Digitalisation level condition for recognition as an SRDI SME</translation>
        </message>
        <message>
            <source>《中小企业数字化水平评测指标（2024年版）》评测等级达到二级及以上</source>
            <translation>Level 2 or above under the MIIT SME digitalisation level assessment indicators (2024 edition)</translation>
        </message>
        <message>
            <source>星级上云逐级申报</source>
            <translation>Star-rated cloud: apply one level at a time</translation>
        </message>
        <message>
            <source>2024年遴选通知要求“逐级申报”：一般从三星级起逐级申报，五星级须已获评四星级；未获评的企业能否直接申报四星级，以当年遴选通知为准</source>
            <translation>The 2024 selection notice requires applying "one level at a time": normally starting from 3-star, and 5-star requires 4-star to have been awarded already; whether an enterprise without a star may apply for 4-star directly depends on that year's selection notice</translation>
        </message>
        <message>
            <source>2025—2027年政策参照：江苏省“智改数转网联”三年行动计划与国家有关目标</source>
            <translation>2025–2027 policy reference: Jiangsu three-year action plan for ITDT and network connection, and related national targets</translation>
        </message>
        <message>
            <source>2025—2027年参照（江苏省“智改数转网联”与国家目标）</source>
            <translation>2025–2027 reference (Jiangsu ITDT and network connection, national targets)</translation>
        </message>
        <message>
            <source>江苏省人民政府办公厅、工业和信息化部等（见来源）</source>
            <translation>General Office of the Jiangsu Provincial People's Government, MIIT and others (see sources)</translation>
        </message>
        <message>
            <source>江苏省及全国（南通市2025—2027年计划未查到）</source>
            <translation>Jiangsu Province and nationwide (no Nantong plan for 2025–2027 found)</translation>
        </message>
        <message>
            <source>截至本版本发布，未查到南通市2025—2027年的“智改数转”三年计划及分地区任务分解表。本版本汇集江苏省和国家层面公开报道的到2027年的目标，每个数字注明来源和可信度，仅作参照；南通市公布新计划后，市工信局可下发签名的政策版本文件，区县导入后即按新版本汇总。</source>
            <translation>When this edition was released, no Nantong ITDT three-year plan for 2025–2027 and no district quota breakdown had been found. This edition gathers the targets to 2027 publicly reported at Jiangsu and national level, each figure with its source and reliability, for reference only. Once Nantong publishes a new plan, the city industry and IT bureau can issue a signed policy edition file; once a district imports it, its totals follow the new edition.</translation>
        </message>
        <message>
            <source>南通市2025—2027年的分地区任务分解表尚未公布（本软件发布时未查到），汇总表只列各地企业填报的数量，不显示任务数，也不计算完成率。市工信局公布后，可下发签名的政策版本文件导入本软件。</source>
            <translation>Nantong has not yet published a district quota breakdown for 2025–2027 (none found when this software was released), so the summary lists only the counts reported by enterprises in each area, shows no quotas and calculates no completion rates. Once the city industry and IT bureau publishes one, it can issue a signed policy edition file to import into this software.</translation>
        </message>
        <message>
            <source>江苏省深化制造业智能化改造数字化转型网络化联接三年行动计划（2025—2027年）</source>
            <translation>Jiangsu three-year action plan for deepening intelligent transformation, digital transition and network connection of manufacturing (2025–2027)</translation>
        </message>
        <message>
            <source>江苏省人民政府办公厅</source>
            <translation>General Office of the Jiangsu Provincial People's Government</translation>
        </message>
        <message>
            <source>据江苏省2025年9月26日新闻发布会及新华日报评论转引；原文未核对。“智改数转”升级为“智改数转网联”，六大行动、20项任务。</source>
            <translation>Quoted second-hand from the Jiangsu press conference of 26 September 2025 and a Xinhua Daily commentary; original not checked. "ITDT" was upgraded to "ITDT and network connection", with six major actions and 20 tasks.</translation>
        </message>
        <message>
            <source>关于加快传统制造业转型升级的指导意见</source>
            <translation>Guiding opinions on accelerating the transformation and upgrading of traditional manufacturing</translation>
        </message>
        <message>
            <source>工业和信息化部等八部门</source>
            <translation>MIIT and seven other departments</translation>
        </message>
        <message>
            <source>到2027年研发设计工具普及率超过90%、关键工序数控化率超过70%，为全国整体目标，据公开转引。</source>
            <translation>By 2027, R&amp;D design tool adoption rate over 90% and key-process CNC rate over 70%: national overall targets, quoted second-hand from public sources.</translation>
        </message>
        <message>
            <source>中小企业数字化赋能专项行动方案（2025—2027年）</source>
            <translation>Special action plan for the digital empowerment of SMEs (2025–2027)</translation>
        </message>
        <message>
            <source>工业和信息化部等</source>
            <translation>MIIT and others</translation>
        </message>
        <message>
            <source>工信部联企业〔2024〕239号（转引）</source>
            <translation>(工信部联企业〔2024〕239号) (quoted second-hand)</translation>
        </message>
        <message>
            <source>试点企业如省级专精特新中小企业数字化水平达到二级及以上，据公开转引。</source>
            <translation>Pilot enterprises such as provincial SRDI SMEs to reach digitalisation Level 2 or above; quoted second-hand from public sources.</translation>
        </message>
        <message>
            <source>智能工厂梯度培育（基础级、先进级、卓越级、领航级四个层级）</source>
            <translation>Tiered development of smart factories (four levels: basic, advanced, excellence, leading)</translation>
        </message>
        <message>
            <source>工业和信息化部办公厅等</source>
            <translation>General Office of MIIT and others</translation>
        </message>
        <message>
            <source>工信厅联通装函〔2024〕399号；工信厅联通装函〔2025〕251号</source>
            <translation>(工信厅联通装函〔2024〕399号); (工信厅联通装函〔2025〕251号)</translation>
        </message>
        <message>
            <source>四个层级的名称；卓越级要求智能制造能力成熟度（GB/T 39116）三级及以上为转引。</source>
            <translation>Names of the four levels; that the excellence level requires smart manufacturing capability maturity (GB/T 39116) Level 3 or above is quoted second-hand.</translation>
        </message>
        <message>
            <source>江苏省先进级智能工厂的认定条件</source>
            <translation>Conditions for recognition as a Jiangsu advanced-level smart factory</translation>
        </message>
        <message>
            <source>智能制造能力成熟度（GB/T 39116）二级及以上，且《江苏省企业数字化转型通用评估指标体系（2025年版）》评估不低于60分；据转引，具体表述使用前需核对。</source>
            <translation>Smart manufacturing capability maturity (GB/T 39116) Level 2 or above, and at least 60 points under the Jiangsu general indicator system for assessing enterprise digital transformation (2025 edition); quoted second-hand, check the exact wording before use.</translation>
        </message>
        <message>
            <source>逐级申报；公有云、私有云、混合云均可；2025年以后的遴选通知未查到。</source>
            <translation>Apply one star level at a time; public, private and hybrid cloud all qualify; no selection notice from 2025 on has been found.</translation>
        </message>
        <message>
            <source>江苏省“人工智能+制造”诊断工作方案（2026—2027年）</source>
            <translation>Jiangsu "AI + manufacturing" diagnosis work plan (2026–2027)</translation>
        </message>
        <message>
            <source>苏工信信发〔2026〕63号</source>
            <translation>(苏工信信发〔2026〕63号)</translation>
        </message>
        <message>
            <source>只查到标题和文号，内容未核对。</source>
            <translation>Only the title and document number were found; content not checked.</translation>
        </message>
        <message>
            <source>已于2024年底到期；2025年以后仅作参照。</source>
            <translation>Expired at the end of 2024; from 2025 on for reference only.</translation>
        </message>
        <message>
            <source>关键工序数控化率</source>
            <translation>Key-process CNC rate</translation>
        </message>
        <message>
            <source>全国制造业整体</source>
            <translation>national manufacturing as a whole</translation>
        </message>
        <message>
            <source>国家到2027年的整体目标“关键工序数控化率超过70%”（八部门《关于加快传统制造业转型升级的指导意见》，转引）</source>
            <translation>National overall target for 2027: "key-process CNC rate over 70%" (Guiding opinions on accelerating the transformation and upgrading of traditional manufacturing, eight departments; quoted second-hand)</translation>
        </message>
        <message>
            <source>经营管理数字化普及率</source>
            <translation>Digital management adoption rate</translation>
        </message>
        <message>
            <source>重点企业</source>
            <translation>key enterprises</translation>
        </message>
        <message>
            <source>2025年以后未查到公开目标，本软件沿用南通2022—2024年计划的目标“超过82%”（已到期）作参照</source>
            <translation>No published target from 2025 on has been found; this software keeps the "over 82%" target of Nantong's 2022–2024 plan (expired) as a reference</translation>
        </message>
        <message>
            <source>数字化研发设计工具普及率</source>
            <translation>Digital R&amp;D design tool adoption rate</translation>
        </message>
        <message>
            <source>国家到2027年的整体目标“研发设计工具普及率超过90%”（八部门《关于加快传统制造业转型升级的指导意见》，转引）；全国指标按企业计，本问卷按研发设计人员计，口径不同，仅作参照</source>
            <translation>National overall target for 2027: "R&amp;D design tool adoption rate over 90%" (Guiding opinions on accelerating the transformation and upgrading of traditional manufacturing, eight departments; quoted second-hand). The national indicator counts enterprises, this questionnaire counts R&amp;D and design staff: the definitions differ, for reference only</translation>
        </message>
        <message>
            <source>规上工业企业基本完成智能化改造</source>
            <translation>Above-designated-size industrial enterprises have basically completed intelligent transformation</translation>
        </message>
        <message>
            <source>江苏省</source>
            <translation>Jiangsu Province</translation>
        </message>
        <message>
            <source>规上工业企业达到智能工厂基础级及以上的覆盖面约50%</source>
            <translation>About 50% of above-designated-size industrial enterprises reach smart factory basic level or above</translation>
        </message>
        <message>
            <source>研发设计工具普及率超过90%，关键工序数控化率超过70%</source>
            <translation>R&amp;D design tool adoption rate over 90%, key-process CNC rate over 70%</translation>
        </message>
        <message>
            <source>全国</source>
            <translation>Nationwide</translation>
        </message>
        <message>
            <source>智能工厂分基础级、先进级、卓越级、领航级四个层级梯度培育</source>
            <translation>Smart factories are developed in four tiers: basic, advanced, excellence and leading</translation>
        </message>
        <message>
            <source>统计</source>
            <translation>Reported counts</translation>
        </message>
        <message>
            <source>新获评省级示范智能车间（工厂）</source>
            <translation>Newly recognised provincial demonstration smart workshops (factories)</translation>
        </message>
        <message>
            <source>新获评市级示范智能车间</source>
            <translation>Newly recognised city demonstration smart workshops</translation>
        </message>
        <message>
            <source>新认定市级以上首台（套）重大智能装备</source>
            <translation>Newly recognised first-of-its-kind major smart equipment (city level or above)</translation>
        </message>
        <message>
            <source>新获评五星级上云企业数</source>
            <translation>Newly awarded 5-star cloud enterprises</translation>
        </message>
        <message>
            <source>新获评四星级上云企业数</source>
            <translation>Newly awarded 4-star cloud enterprises</translation>
        </message>
        <message>
            <source>新获评三星级上云企业数</source>
            <translation>Newly awarded 3-star cloud enterprises</translation>
        </message>
        <message>
            <source>江苏省先进级智能工厂（预检）</source>
            <translation>Jiangsu advanced-level smart factory (pre-check)</translation>
        </message>
        <message>
            <source>智能制造能力成熟度（GB/T 39116）二级及以上，且《江苏省企业数字化转型通用评估指标体系（2025年版）》评估不低于60分</source>
            <translation>Smart manufacturing capability maturity (GB/T 39116) Level 2 or above, and at least 60 points under the Jiangsu general indicator system for assessing enterprise digital transformation (2025 edition)</translation>
        </message>
        <message>
            <source>2024年遴选通知要求“逐级申报”：一般从三星级起逐级申报，五星级须已获评四星级；未获评的企业能否直接申报四星级、2025年以后的遴选要求，均以当年遴选通知为准</source>
            <translation>The 2024 selection notice requires applying "one level at a time": normally starting from 3-star, and 5-star requires 4-star to have been awarded already; whether an enterprise without a star may apply for 4-star directly, and the selection requirements from 2025 on, depend on that year's selection notice</translation>
        </message>
        <message>
            <source>诊断服务项目</source>
            <translation>Diagnosis service project</translation>
        </message>
        <message>
            <source>智能化技改项目</source>
            <translation>Intelligent technical upgrade project</translation>
        </message>
        <message>
            <source>企业上云项目</source>
            <translation>Enterprise cloud project</translation>
        </message>
        <message>
            <source>标杆示范项目</source>
            <translation>Benchmark demonstration project</translation>
        </message>
        <message>
            <source>绿色化改造项目</source>
            <translation>Green upgrade project</translation>
        </message>
        <message>
            <source>海安市</source>
            <translation>Hai'an City</translation>
        </message>
        <message>
            <source>如皋市</source>
            <translation>Rugao City</translation>
        </message>
        <message>
            <source>如东县</source>
            <translation>Rudong County</translation>
        </message>
        <message>
            <source>启东市</source>
            <translation>Qidong City</translation>
        </message>
        <message>
            <source>崇川区</source>
            <translation>Chongchuan District</translation>
        </message>
        <message>
            <source>通州区</source>
            <translation>Tongzhou District</translation>
        </message>
        <message>
            <source>海门区</source>
            <translation>Haimen District</translation>
        </message>
        <message>
            <source>南通开发区</source>
            <translation>Nantong Development Zone</translation>
        </message>
        <message>
            <source>苏锡通园区</source>
            <translation>Suxitong Park</translation>
        </message>
        <message>
            <source>通州湾示范区</source>
            <translation>Tongzhou Bay Demonstration Zone</translation>
        </message>
        <message>
            <source>国际家纺产业园区</source>
            <translation>International Home Textile Industrial Park</translation>
        </message>
        <message>
            <source>appears only in 附件4</source>
            <translation>appears only in Annex 4</translation>
        </message>
        <message>
            <source>南通市人民政府办公室 通政办发〔2022〕3号（2022-01-10）</source>
            <translation>General Office of the Nantong Municipal People's Government (通政办发〔2022〕3号, 2022-01-10)</translation>
        </message>
        <message>
            <source>推动产业链群协同升级</source>
            <translation>Drive coordinated upgrading of industrial chains and clusters</translation>
        </message>
        <message>
            <source>二、重点任务（一）</source>
            <translation>II. Key tasks (1)</translation>
        </message>
        <message>
            <source>强化骨干企业示范引领</source>
            <translation>Strengthen the demonstration role of leading enterprises</translation>
        </message>
        <message>
            <source>二、重点任务（二）</source>
            <translation>II. Key tasks (2)</translation>
        </message>
        <message>
            <source>促进中小企业数字化转型</source>
            <translation>Promote the digital transformation of SMEs</translation>
        </message>
        <message>
            <source>二、重点任务（三）</source>
            <translation>II. Key tasks (3)</translation>
        </message>
        <message>
            <source>提升园区数字化水平</source>
            <translation>Raise the digitalisation level of industrial parks</translation>
        </message>
        <message>
            <source>二、重点任务（四）</source>
            <translation>II. Key tasks (4)</translation>
        </message>
        <message>
            <source>加快优秀服务商培育</source>
            <translation>Speed up the development of excellent service providers</translation>
        </message>
        <message>
            <source>二、重点任务（五）</source>
            <translation>II. Key tasks (5)</translation>
        </message>
        <message>
            <source>加大诊断服务力度</source>
            <translation>Step up diagnosis services</translation>
        </message>
        <message>
            <source>二、重点任务（六）</source>
            <translation>II. Key tasks (6)</translation>
        </message>
        <message>
            <source>深化方案场景推广应用</source>
            <translation>Deepen the promotion and application of solutions and scenarios</translation>
        </message>
        <message>
            <source>二、重点任务（七）</source>
            <translation>II. Key tasks (7)</translation>
        </message>
        <message>
            <source>加速智能装备突破</source>
            <translation>Accelerate breakthroughs in smart equipment</translation>
        </message>
        <message>
            <source>二、重点任务（八）</source>
            <translation>II. Key tasks (8)</translation>
        </message>
        <message>
            <source>推进工业互联网建设</source>
            <translation>Advance industrial internet construction</translation>
        </message>
        <message>
            <source>二、重点任务（九）</source>
            <translation>II. Key tasks (9)</translation>
        </message>
        <message>
            <source>加强工业信息安全保障</source>
            <translation>Strengthen industrial information security</translation>
        </message>
        <message>
            <source>二、重点任务（十）</source>
            <translation>II. Key tasks (10)</translation>
        </message>
        <message>
            <source>加强组织领导</source>
            <translation>Strengthen organisation and leadership</translation>
        </message>
        <message>
            <source>三、保障措施（一）</source>
            <translation>III. Safeguards (1)</translation>
        </message>
        <message>
            <source>加大财税支持</source>
            <translation>Increase fiscal and tax support</translation>
        </message>
        <message>
            <source>三、保障措施（二）</source>
            <translation>III. Safeguards (2)</translation>
        </message>
        <message>
            <source>创新金融服务</source>
            <translation>Innovate financial services</translation>
        </message>
        <message>
            <source>三、保障措施（三）</source>
            <translation>III. Safeguards (3)</translation>
        </message>
        <message>
            <source>加快人才培养</source>
            <translation>Speed up talent development</translation>
        </message>
        <message>
            <source>三、保障措施（四）</source>
            <translation>III. Safeguards (4)</translation>
        </message>
        <message>
            <source>营造良好环境</source>
            <translation>Create a favourable environment</translation>
        </message>
        <message>
            <source>三、保障措施（五）</source>
            <translation>III. Safeguards (5)</translation>
        </message>
        <message>
            <source>免费“智改数转”诊断服务（“智改数转·千企询访”）</source>
            <translation>Free ITDT diagnosis service ("ITDT · Visiting a Thousand Enterprises")</translation>
        </message>
        <message>
            <source>二、重点任务（六）：政府购买服务，免费为企业提供智能制造诊断</source>
            <translation>II. Key tasks (6): the government buys services to give enterprises free smart manufacturing diagnosis</translation>
        </message>
        <message>
            <source>智能化技改等项目的市级专项资金支持</source>
            <translation>City special funds for intelligent technical upgrade and other projects</translation>
        </message>
        <message>
            <source>三、保障措施（二）加大财税支持</source>
            <translation>III. Safeguards (2) Increase fiscal and tax support</translation>
        </message>
        <message>
            <source>符合条件的智能制造企业进口设备免税、企业研发费用加计扣除、固定资产加速折旧等优惠政策</source>
            <translation>Incentives such as duty-free imported equipment for eligible smart manufacturing enterprises, super deduction of R&amp;D expenses and accelerated depreciation of fixed assets</translation>
        </message>
        <message>
            <source>“智改数转”专项贷款、贴息、融资担保与融资租赁</source>
            <translation>ITDT special loans, interest subsidies, financing guarantees and finance leasing</translation>
        </message>
        <message>
            <source>三、保障措施（三）创新金融服务</source>
            <translation>III. Safeguards (3) Innovate financial services</translation>
        </message>
        <message>
            <source>“智改数转”专题培训与人才政策（人才新政3.0版）</source>
            <translation>ITDT training and talent policy (talent policy 3.0)</translation>
        </message>
        <message>
            <source>三、保障措施（四）加快人才培养</source>
            <translation>III. Safeguards (4) Speed up talent development</translation>
        </message>
        <message>
            <source>申报江苏省星级上云企业（“万企上云”行动）</source>
            <translation>Applying as a Jiangsu star-rated cloud enterprise ("10,000 Enterprises on the Cloud" campaign)</translation>
        </message>
        <message>
            <source>二、重点任务（三）：新培育五星级10家、四星级60家、三星级330家</source>
            <translation>II. Key tasks (3): develop 10 new 5-star, 60 new 4-star and 330 new 3-star cloud enterprises</translation>
        </message>
        <message>
            <source>两化融合管理体系贯标（GB/T 23001）</source>
            <translation>Informatisation–industrialisation integration management system (GB/T 23001)</translation>
        </message>
        <message>
            <source>二、重点任务（三）：持续引导企业实施两化融合管理体系贯标</source>
            <translation>II. Key tasks (3): keep guiding enterprises to implement the integration management system standard</translation>
        </message>
        <message>
            <source>申报省、市级示范智能车间（工厂）</source>
            <translation>Applying for provincial or city demonstration smart workshop (factory)</translation>
        </message>
        <message>
            <source>二、重点任务（二）：累计建成480个省、市级示范智能车间（工厂）</source>
            <translation>II. Key tasks (2): 480 provincial and city demonstration smart workshops (factories) in total</translation>
        </message>
        <message>
            <source>工业互联网标杆工厂、融合创新企业与5G全连接工厂</source>
            <translation>Industrial internet benchmark factories, integration and innovation enterprises and 5G fully connected factories</translation>
        </message>
        <message>
            <source>首台（套）装备认定与推广应用</source>
            <translation>Recognition and promotion of first-of-its-kind equipment</translation>
        </message>
        <message>
            <source>二、重点任务（八）：累计新增国家、省、市级首台（套）装备100个以上</source>
            <translation>II. Key tasks (8): over 100 new national, provincial and city first-of-its-kind equipment items in total</translation>
        </message>
        <message>
            <source>南通市数字化转型服务资源池与本地优秀服务商</source>
            <translation>Nantong digital transformation service resource pool and excellent local service providers</translation>
        </message>
        <message>
            <source>国家、省工业软件目录和清单内产品</source>
            <translation>Products in the national and provincial industrial software catalogues and lists</translation>
        </message>
        <message>
            <source>现场观摩、供需对接活动与优秀场景案例推广</source>
            <translation>On-site visits, supply–demand matchmaking events and promotion of excellent scenario cases</translation>
        </message>
        <message>
            <source>二、重点任务（七）：每年开展现场观摩、供需对接等活动20场</source>
            <translation>II. Key tasks (7): 20 on-site visits, matchmaking and similar events each year</translation>
        </message>
        <message>
            <source>工业信息安全防护星级企业培育</source>
            <translation>Developing star-rated enterprises for industrial information security protection</translation>
        </message>
        <message>
            <source>二、重点任务（十）：累计培育工业信息安全防护星级企业100家</source>
            <translation>II. Key tasks (10): develop 100 star-rated enterprises for industrial information security protection in total</translation>
        </message>
        <message>
            <source>工业互联网标识解析与5G应用</source>
            <translation>Industrial internet identifier resolution and 5G applications</translation>
        </message>
        <message>
            <source>中小企业数字化水平评测（专精特新“数字化水平”佐证）</source>
            <translation>MIIT SME digitalisation level assessment (evidence of the "digitalisation level" for SRDI SMEs)</translation>
        </message>
        <message>
            <source>工信厅企业〔2024〕56号（国家文件，非本计划条款）</source>
            <translation>工信厅企业〔2024〕56号; national document, not a clause of this plan</translation>
        </message>
        <message>
            <source>达到65%</source>
            <translation>at least 65%</translation>
        </message>
        <message>
            <source>超过82%</source>
            <translation>over 82%</translation>
        </message>
        <message>
            <source>接近92%</source>
            <translation>close to 92%</translation>
        </message>
        <message>
            <source>超过70%</source>
            <translation>over 70%</translation>
        </message>
        <message>
            <source>超过90%</source>
            <translation>over 90%</translation>
        </message>
    </context>
</TS>
