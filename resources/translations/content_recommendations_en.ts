<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>content</name>
        <message>
            <source>提高关键工序数控化率</source>
            <translation>Raise the key-process CNC rate</translation>
        </message>
        <message>
            <source>关键工序数控化率低于对照值（是规划目标还是参照值、及其依据，见核心指标结果）。建议先申请免费“智改数转”诊断，找出数控化潜力最大、对质量和产能影响最大的关键工序，分批实施数控化、自动化技改（数控机床、加工中心、工业机器人、PLC控制的自动化专机、数字化检测设备）；技改项目可申请市级专项资金；符合条件的智能制造企业可享受进口设备免税，并可用好固定资产加速折旧等税收优惠和“智改数转”专项贷款。</source>
            <translation>The key-process CNC rate is below the compared value (whether that value is a plan target or a reference value, and its basis, is shown in the core indicator results). Start by applying for a free ITDT diagnosis to find the key processes where CNC has the most potential and the greatest effect on quality and capacity, then carry out CNC and automation upgrades in batches (CNC machine tools, machining centres, industrial robots, PLC-controlled special-purpose automatic machines, digital inspection equipment). Upgrade projects can apply for city special funds; eligible smart manufacturing enterprises can import equipment duty-free and should make use of tax incentives such as accelerated depreciation of fixed assets and of ITDT special loans.</translation>
        </message>
        <message>
            <source>二</source>
            <translation>2</translation>
        </message>
        <message>
            <source>六</source>
            <translation>6</translation>
        </message>
        <message>
            <source>八</source>
            <translation>8</translation>
        </message>
        <message>
            <source>提高经营管理数字化普及率</source>
            <translation>Raise the digital management adoption rate</translation>
        </message>
        <message>
            <source>经营管理数字化普及率低于对照值（是规划目标还是参照值、及其依据，见核心指标结果）。建议把仍靠纸质单据或电子表格管理的业务（见本模块明细）优先迁移到专用信息系统或云化SaaS（如财务、进销存、ERP、MES、协同办公），选用国家、省工业软件目录和清单内产品，可从南通市数字化转型服务资源池中选择本地服务商，并结合企业上云项目一并实施。</source>
            <translation>The digital management adoption rate is below the compared value (whether that value is a plan target or a reference value, and its basis, is shown in the core indicator results). Move the business areas still run on paper forms or spreadsheets (see this module's details) to dedicated information systems or cloud SaaS first (e.g. finance, purchasing–sales–inventory, ERP, MES, office collaboration), choosing products in the national and provincial industrial software catalogues and lists. Local service providers can be chosen from the Nantong digital transformation service resource pool, and the work can be combined with an enterprise cloud project.</translation>
        </message>
        <message>
            <source>三</source>
            <translation>3</translation>
        </message>
        <message>
            <source>五</source>
            <translation>5</translation>
        </message>
        <message>
            <source>七</source>
            <translation>7</translation>
        </message>
        <message>
            <source>普及数字化研发设计工具</source>
            <translation>Adopt digital R&amp;D design tools</translation>
        </message>
        <message>
            <source>数字化研发设计工具普及率低于对照值（是规划目标还是参照值、及其依据，见核心指标结果）。建议为研发设计人员配齐二维/三维CAD等基础工具，逐步引入CAE仿真、CAPP工艺设计和PDM/PLM数据管理；优先选用工业软件目录产品，并参加“智改数转”专题培训。</source>
            <translation>The digital R&amp;D design tool adoption rate is below the compared value (whether that value is a plan target or a reference value, and its basis, is shown in the core indicator results). Equip R&amp;D and design staff with basic tools such as 2D/3D CAD, then gradually introduce CAE simulation, CAPP process planning and PDM/PLM data management; prefer products in the industrial software catalogues, and take part in ITDT training.</translation>
        </message>
        <message>
            <source>推进企业上云用云</source>
            <translation>Move business to the cloud</translation>
        </message>
        <message>
            <source>按自评口径尚未达到三星级上云条件。建议参加“万企上云”行动，先将财务、销售、仓储等业务系统和数据迁移到公有云或工业互联网平台并使用工业APP，稳定使用一段时间后对照当年的星级上云遴选指南申报（苏州市2022年申报通知要求云服务连续使用满3个月，这是其他城市的做法，省级指南的时长要求以当年通知为准）；上云项目计入“智改数转”项目。</source>
            <translation>By the self-assessment definition, the conditions for 3-star cloud adoption are not met yet. Join the "10,000 Enterprises on the Cloud" campaign: first move business systems and data such as finance, sales and warehousing to a public cloud or an industrial internet platform and use industrial apps; after a period of stable use, apply against that year's star-rated cloud selection guide (Suzhou's 2022 application notice required cloud services to have been used for 3 months without interruption; that is another city's practice, and the duration the provincial guide requires depends on that year's notice). Cloud projects count as ITDT projects.</translation>
        </message>
        <message>
            <source>九</source>
            <translation>9</translation>
        </message>
        <message>
            <source>可考虑申报三星级上云企业</source>
            <translation>Consider applying for 3-star cloud enterprise</translation>
        </message>
        <message>
            <source>按自评口径已具备三星级或以上上云企业的定性条件。2024年第一批省级遴选通知（苏工信信基〔2024〕181号）要求逐级申报，尚未获评星级的企业一般从三星级申报起步，获评后再逐级申报四星、五星；另有第三方转述称未获星级的企业可直接申报四星，是否允许以当年遴选通知为准。建议对照当年的《江苏省星级上云企业遴选工作指南》准备上云业务清单、云服务支付凭证和应用成效材料，在省工信厅发布遴选通知时申报。</source>
            <translation>By the self-assessment definition, the enterprise meets the qualitative conditions for a 3-star or higher cloud enterprise. The first 2024 provincial selection notice (苏工信信基〔2024〕181号) requires applying one level at a time: an enterprise without a star normally starts by applying for 3-star and, once awarded, applies for 4-star and then 5-star. A third-party account says an enterprise without a star may apply for 4-star directly; whether that is allowed depends on that year's selection notice. Following that year's Jiangsu guide to selecting star-rated cloud enterprises, prepare a list of the business on the cloud, proof of payment for cloud services and evidence of results, and apply when the Provincial Department of Industry and Information Technology publishes the selection notice.</translation>
        </message>
        <message>
            <source>可考虑申报四星级上云企业</source>
            <translation>Consider applying for 4-star cloud enterprise</translation>
        </message>
        <message>
            <source>已获评三星级，按自评口径已具备四星级上云的定性条件（设备上云并有边缘侧处理）。按逐级申报的要求（2024年第一批省级遴选通知），下一步可申报四星级：建议对照当年的《江苏省星级上云企业遴选工作指南》准备上云设备清单、云服务支付凭证和应用成效材料，在省工信厅发布遴选通知时申报；获评四星后可进一步申报五星。</source>
            <translation>Already awarded 3-star; by the self-assessment definition, the enterprise meets the qualitative conditions for 4-star cloud adoption (equipment on the cloud, with edge processing). As applications go one level at a time (first 2024 provincial selection notice), the next step is to apply for 4-star: following that year's Jiangsu guide to selecting star-rated cloud enterprises, prepare a list of the equipment on the cloud, proof of payment for cloud services and evidence of results, and apply when the Provincial Department of Industry and Information Technology publishes the selection notice. Once awarded 4-star, the enterprise can go on to apply for 5-star.</translation>
        </message>
        <message>
            <source>可考虑申报五星级上云企业</source>
            <translation>Consider applying for 5-star cloud enterprise</translation>
        </message>
        <message>
            <source>已获评四星级，按自评口径已具备五星级上云的定性条件（在设备上云基础上开展“数据+模型”创新应用）。五星须在四星基础上申报；建议对照当年的《江苏省星级上云企业遴选工作指南》整理“数据+模型”应用案例与成效材料，在省工信厅发布遴选通知时申报。</source>
            <translation>Already awarded 4-star; by the self-assessment definition, the enterprise meets the qualitative conditions for 5-star cloud adoption (innovative "data + model" applications built on equipment on the cloud). A 5-star application builds on 4-star. Following that year's Jiangsu guide to selecting star-rated cloud enterprises, gather "data + model" application cases and evidence of results, and apply when the Provincial Department of Industry and Information Technology publishes the selection notice.</translation>
        </message>
        <message>
            <source>从一次免费诊断开始“智改数转”</source>
            <translation>Start ITDT with a free diagnosis</translation>
        </message>
        <message>
            <source>企业尚未实施“智改数转”项目。规划通过政府购买服务，免费为企业提供智能制造诊断（“智改数转·千企询访”），诊断服务本身即计为一个“智改数转”项目。建议向所在地区工信部门申请诊断，据诊断报告制定改造计划。</source>
            <translation>The enterprise has not carried out any ITDT project yet. Under the plan, the government buys services to give enterprises free smart manufacturing diagnosis ("ITDT · Visiting a Thousand Enterprises"), and the diagnosis itself counts as an ITDT project. Apply to your local industry and IT bureau for a diagnosis, and draw up an upgrade plan from the diagnosis report.</translation>
        </message>
        <message>
            <source>开展两化融合管理体系贯标</source>
            <translation>Implement the integration management system standard</translation>
        </message>
        <message>
            <source>企业尚未开展两化融合管理体系贯标（GB/T 23001）。贯标有助于系统规划数字化能力建设，规划要求新增贯标企业150家以上；建议从A级评定起步。</source>
            <translation>The enterprise has not started implementing the informatisation–industrialisation integration management system standard (GB/T 23001). Implementing it helps plan the building of digital capabilities systematically; the plan calls for over 150 more certified enterprises. Start with a Grade A assessment.</translation>
        </message>
        <message>
            <source>开展工业信息安全防护星级自评估</source>
            <translation>Self-assess the industrial information security star rating</translation>
        </message>
        <message>
            <source>企业尚未评定工业信息安全防护星级。建议在江苏省工业信息安全公共服务平台开展自评估，对照工控安全防护“基础建设级”要求整改，并按规划要求落实国家信息安全等级保护制度（2017年《网络安全法》施行后称网络安全等级保护制度，即常说的“等保”）。</source>
            <translation>The enterprise has no industrial information security protection star rating yet. Carry out a self-assessment on the Jiangsu industrial information security public service platform, close the gaps against the "basic construction level" requirements for industrial control system security, and, as the plan requires, implement the national classified protection system for information security (called the classified protection system for cybersecurity since the Cybersecurity Law took effect in 2017, commonly known as MLPS).</translation>
        </message>
        <message>
            <source>十</source>
            <translation>10</translation>
        </message>
        <message>
            <source>申报示范智能车间（工厂）</source>
            <translation>Apply for demonstration smart workshop (factory)</translation>
        </message>
        <message>
            <source>关键工序数控化率不低于对照值，但尚未获评示范智能车间（工厂）。建议选择数字化水平最高的车间，对照省、市级示范智能车间（工厂）条件准备申报，并总结形成可推广的应用场景案例。</source>
            <translation>The key-process CNC rate is not below the compared value, but the enterprise has not been recognised as a demonstration smart workshop (factory) yet. Choose the workshop with the highest digitalisation level, prepare an application against the provincial and city conditions for demonstration smart workshops (factories), and write up application scenario cases that others can follow.</translation>
        </message>
        <message>
            <source>未达到一级</source>
            <translation>Below Level 1</translation>
        </message>
        <message>
            <source>一级</source>
            <translation>Level 1</translation>
        </message>
        <message>
            <source>补齐数字化基础，争取达到二级</source>
            <translation>Fill the digital gaps and aim for Level 2</translation>
        </message>
        <message>
            <source>按自评估算，综合等级为一级或未达一级。按第三方对评测规则的解读（未与官方文件核对），二级须基础+管理+成效合计不低于40分，且至少6个场景达到2级、其中至少3个为约束性场景。建议先在生产管控、质量管理、仓储物流、财务管理等场景（该解读列为约束性场景）上线信息系统实现规范化管理，并申请免费“智改数转”诊断。</source>
            <translation>By the self-assessment estimate, the overall level is Level 1 or below Level 1. According to a third party's reading of the assessment rules (not checked against the official documents), Level 2 requires foundations + management + outcomes of at least 40 points in total, and at least 6 scenarios at Level 2, at least 3 of them binding scenarios. First put information systems in place for standardised management in scenarios such as production control, quality management, warehousing and logistics, and financial management (listed as binding scenarios in that reading), and apply for a free ITDT diagnosis.</translation>
        </message>
        <message>
            <source>二级</source>
            <translation>Level 2</translation>
        </message>
        <message>
            <source>三级</source>
            <translation>Level 3</translation>
        </message>
        <message>
            <source>向更高等级推进系统集成与数据应用</source>
            <translation>Advance system integration and data use toward higher levels</translation>
        </message>
        <message>
            <source>按第三方对评测规则的解读（未与官方文件核对）：三级须基础+管理+成效合计不低于60分，且至少8个场景达到3级（业务系统间的数据共享与协同）、其中至少5个为约束性场景；四级须合计不低于80分，且至少10个场景达到4级（模型驱动的预警与优化）、其中至少6个为约束性场景。建议打通ERP、MES、WMS等系统数据，建设设备联网与数据自动采集，并参加方案场景推广与现场观摩活动。</source>
            <translation>According to a third party's reading of the assessment rules (not checked against the official documents): Level 3 requires foundations + management + outcomes of at least 60 points in total and at least 8 scenarios at Level 3 (data sharing and collaboration between business systems), at least 5 of them binding scenarios; Level 4 requires at least 80 points in total and at least 10 scenarios at Level 4 (model-driven warning and optimisation), at least 6 of them binding scenarios. Connect the data of ERP, MES, WMS and other systems, network the equipment and collect data automatically, and take part in solution and scenario promotion and on-site visits.</translation>
        </message>
        <message>
            <source>加强网络与数据安全</source>
            <translation>Strengthen network and data security</translation>
        </message>
        <message>
            <source>网络安全或数据安全举措不足两项。建议建立网络与数据安全管理制度，部署防火墙、数据备份等基础安全产品，定期开展风险评估，并参与工业信息安全防护星级培育。</source>
            <translation>Fewer than two network security or data security measures. Set up network and data security management rules, deploy basic security products such as firewalls and data backup, carry out risk assessments regularly, and take part in the star-rating programme for industrial information security protection.</translation>
        </message>
        <message>
            <source>建设数字化人才队伍</source>
            <translation>Build a digital talent team</translation>
        </message>
        <message>
            <source>数字化人才建设举措不足两项。建议配备专职或兼职数字化人员，定期组织员工参加“智改数转”专题培训，可与职业院校共建实训平台。</source>
            <translation>Fewer than two digital talent measures. Appoint full-time or part-time digital staff, send employees to ITDT training regularly, and consider building a training platform together with vocational colleges.</translation>
        </message>
        <message>
            <source>重点任务（一）推动产业链群协同升级</source>
            <translation>Key task (1): Drive coordinated upgrading of industrial chains and clusters</translation>
        </message>
        <message>
            <source>二、重点任务（一）</source>
            <translation>II. Key tasks (1)</translation>
        </message>
        <message>
            <source>二、重点任务（一）（南通2022—2024年计划中的条目，该计划已到期，仅作参考）</source>
            <translation>II. Key tasks (1) (an item of Nantong's 2022–2024 plan, which has expired; for reference only)</translation>
        </message>
        <message>
            <source>重点任务（二）强化骨干企业示范引领</source>
            <translation>Key task (2): Strengthen the demonstration role of leading enterprises</translation>
        </message>
        <message>
            <source>二、重点任务（二）</source>
            <translation>II. Key tasks (2)</translation>
        </message>
        <message>
            <source>二、重点任务（二）（南通2022—2024年计划中的条目，该计划已到期，仅作参考）</source>
            <translation>II. Key tasks (2) (an item of Nantong's 2022–2024 plan, which has expired; for reference only)</translation>
        </message>
        <message>
            <source>重点任务（三）促进中小企业数字化转型</source>
            <translation>Key task (3): Promote the digital transformation of SMEs</translation>
        </message>
        <message>
            <source>二、重点任务（三）</source>
            <translation>II. Key tasks (3)</translation>
        </message>
        <message>
            <source>二、重点任务（三）（南通2022—2024年计划中的条目，该计划已到期，仅作参考）</source>
            <translation>II. Key tasks (3) (an item of Nantong's 2022–2024 plan, which has expired; for reference only)</translation>
        </message>
        <message>
            <source>重点任务（四）提升园区数字化水平</source>
            <translation>Key task (4): Raise the digitalisation level of industrial parks</translation>
        </message>
        <message>
            <source>二、重点任务（四）</source>
            <translation>II. Key tasks (4)</translation>
        </message>
        <message>
            <source>二、重点任务（四）（南通2022—2024年计划中的条目，该计划已到期，仅作参考）</source>
            <translation>II. Key tasks (4) (an item of Nantong's 2022–2024 plan, which has expired; for reference only)</translation>
        </message>
        <message>
            <source>重点任务（五）加快优秀服务商培育</source>
            <translation>Key task (5): Speed up the development of excellent service providers</translation>
        </message>
        <message>
            <source>二、重点任务（五）</source>
            <translation>II. Key tasks (5)</translation>
        </message>
        <message>
            <source>二、重点任务（五）（南通2022—2024年计划中的条目，该计划已到期，仅作参考）</source>
            <translation>II. Key tasks (5) (an item of Nantong's 2022–2024 plan, which has expired; for reference only)</translation>
        </message>
        <message>
            <source>重点任务（六）加大诊断服务力度</source>
            <translation>Key task (6): Step up diagnosis services</translation>
        </message>
        <message>
            <source>二、重点任务（六）</source>
            <translation>II. Key tasks (6)</translation>
        </message>
        <message>
            <source>二、重点任务（六）（南通2022—2024年计划中的条目，该计划已到期，仅作参考）</source>
            <translation>II. Key tasks (6) (an item of Nantong's 2022–2024 plan, which has expired; for reference only)</translation>
        </message>
        <message>
            <source>重点任务（七）深化方案场景推广应用</source>
            <translation>Key task (7): Deepen the promotion and application of solutions and scenarios</translation>
        </message>
        <message>
            <source>二、重点任务（七）</source>
            <translation>II. Key tasks (7)</translation>
        </message>
        <message>
            <source>二、重点任务（七）（南通2022—2024年计划中的条目，该计划已到期，仅作参考）</source>
            <translation>II. Key tasks (7) (an item of Nantong's 2022–2024 plan, which has expired; for reference only)</translation>
        </message>
        <message>
            <source>重点任务（八）加速智能装备突破</source>
            <translation>Key task (8): Accelerate breakthroughs in smart equipment</translation>
        </message>
        <message>
            <source>二、重点任务（八）</source>
            <translation>II. Key tasks (8)</translation>
        </message>
        <message>
            <source>二、重点任务（八）（南通2022—2024年计划中的条目，该计划已到期，仅作参考）</source>
            <translation>II. Key tasks (8) (an item of Nantong's 2022–2024 plan, which has expired; for reference only)</translation>
        </message>
        <message>
            <source>重点任务（九）推进工业互联网建设</source>
            <translation>Key task (9): Advance industrial internet construction</translation>
        </message>
        <message>
            <source>二、重点任务（九）</source>
            <translation>II. Key tasks (9)</translation>
        </message>
        <message>
            <source>二、重点任务（九）（南通2022—2024年计划中的条目，该计划已到期，仅作参考）</source>
            <translation>II. Key tasks (9) (an item of Nantong's 2022–2024 plan, which has expired; for reference only)</translation>
        </message>
        <message>
            <source>重点任务（十）加强工业信息安全保障</source>
            <translation>Key task (10): Strengthen industrial information security</translation>
        </message>
        <message>
            <source>二、重点任务（十）</source>
            <translation>II. Key tasks (10)</translation>
        </message>
        <message>
            <source>二、重点任务（十）（南通2022—2024年计划中的条目，该计划已到期，仅作参考）</source>
            <translation>II. Key tasks (10) (an item of Nantong's 2022–2024 plan, which has expired; for reference only)</translation>
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
            <source>二、重点任务（六）：政府购买服务，免费为企业提供智能制造诊断（南通2022—2024年计划中的条目，该计划已到期，仅作参考）</source>
            <translation>II. Key tasks (6): the government buys services to give enterprises free smart manufacturing diagnosis (an item of Nantong's 2022–2024 plan, which has expired; for reference only)</translation>
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
            <source>三、保障措施（二）加大财税支持（南通2022—2024年计划中的条目，该计划已到期，仅作参考）</source>
            <translation>III. Safeguards (2) Increase fiscal and tax support (an item of Nantong's 2022–2024 plan, which has expired; for reference only)</translation>
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
            <source>三、保障措施（三）创新金融服务（南通2022—2024年计划中的条目，该计划已到期，仅作参考）</source>
            <translation>III. Safeguards (3) Innovate financial services (an item of Nantong's 2022–2024 plan, which has expired; for reference only)</translation>
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
            <source>三、保障措施（四）加快人才培养（南通2022—2024年计划中的条目，该计划已到期，仅作参考）</source>
            <translation>III. Safeguards (4) Speed up talent development (an item of Nantong's 2022–2024 plan, which has expired; for reference only)</translation>
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
            <source>二、重点任务（三）：新培育五星级10家、四星级60家、三星级330家（南通2022—2024年计划中的条目，该计划已到期，仅作参考）</source>
            <translation>II. Key tasks (3): develop 10 new 5-star, 60 new 4-star and 330 new 3-star cloud enterprises (an item of Nantong's 2022–2024 plan, which has expired; for reference only)</translation>
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
            <source>二、重点任务（三）：持续引导企业实施两化融合管理体系贯标（南通2022—2024年计划中的条目，该计划已到期，仅作参考）</source>
            <translation>II. Key tasks (3): keep guiding enterprises to implement the integration management system standard (an item of Nantong's 2022–2024 plan, which has expired; for reference only)</translation>
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
            <source>二、重点任务（二）：累计建成480个省、市级示范智能车间（工厂）（南通2022—2024年计划中的条目，该计划已到期，仅作参考）</source>
            <translation>II. Key tasks (2): 480 provincial and city demonstration smart workshops (factories) in total (an item of Nantong's 2022–2024 plan, which has expired; for reference only)</translation>
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
            <source>二、重点任务（八）：累计新增国家、省、市级首台（套）装备100个以上（南通2022—2024年计划中的条目，该计划已到期，仅作参考）</source>
            <translation>II. Key tasks (8): over 100 new national, provincial and city first-of-its-kind equipment items in total (an item of Nantong's 2022–2024 plan, which has expired; for reference only)</translation>
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
            <source>二、重点任务（七）：每年开展现场观摩、供需对接等活动20场（南通2022—2024年计划中的条目，该计划已到期，仅作参考）</source>
            <translation>II. Key tasks (7): 20 on-site visits, matchmaking and similar events each year (an item of Nantong's 2022–2024 plan, which has expired; for reference only)</translation>
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
            <source>二、重点任务（十）：累计培育工业信息安全防护星级企业100家（南通2022—2024年计划中的条目，该计划已到期，仅作参考）</source>
            <translation>II. Key tasks (10): develop 100 star-rated enterprises for industrial information security protection in total (an item of Nantong's 2022–2024 plan, which has expired; for reference only)</translation>
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
            <source>工信厅企业〔2024〕56号（国家文件，非本计划条款）（南通2022—2024年计划中的条目，该计划已到期，仅作参考）</source>
            <translation>工信厅企业〔2024〕56号; national document, not a clause of this plan (an item of Nantong's 2022–2024 plan, which has expired; for reference only)</translation>
        </message>
    </context>
</TS>
