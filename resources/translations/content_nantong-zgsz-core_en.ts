<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>content</name>
        <message>
            <source>南通智改数转核心指标</source>
            <translation>Nantong ITDT core indicators</translation>
        </message>
        <message>
            <source>核心指标</source>
            <translation>Core indicators</translation>
        </message>
        <message>
            <source>自评关键工序数控化率、经营管理数字化普及率、数字化研发设计工具普及率和星级上云情况，并登记“智改数转”项目与荣誉认定，供区县工信部门汇总。结果按评估期对照当时的政策版本：2022—2024年为《南通市制造业智能化改造和数字化转型三年行动计划（2022—2024年）》（通政办发〔2022〕3号）的目标（65%、超过82%、接近92%）；2025年起为注明来源的参照值（南通市2025—2027年计划未查到）。</source>
            <translation>Self-assess the key-process CNC rate, digital management adoption rate, digital R&amp;D design tool adoption rate and star-rated cloud adoption, and record your intelligent transformation and digital transition (ITDT) projects and honours, for the district industry and IT bureau to compile. Results are compared with the policy in force for the assessment period: for 2022–2024, the targets of the Nantong three-year action plan for intelligent transformation and digital transition of manufacturing (2022–2024) (通政办发〔2022〕3号): 65%, over 82% and close to 92%; from 2025, reference values with their sources stated (no Nantong plan for 2025–2027 was found).</translation>
        </message>
        <message>
            <source>通政办发〔2022〕3号；三项指标的企业级计算为自评口径（官方企业级公式尚未公开），非官方统计口径</source>
            <translation>Nantong ITDT three-year action plan (通政办发〔2022〕3号); the enterprise-level calculation of the three indicators follows the self-assessment definition (no official enterprise-level formula has been published), not the official statistical definition</translation>
        </message>
        <message>
            <source>关键工序数控化率</source>
            <translation>Key-process CNC rate</translation>
        </message>
        <message>
            <source>南通2022—2024年规划的目标是到2024年重点企业关键工序数控化率达到65%；2025年起对照的参照值见结果页。请按关键工序逐道填写设备情况，系统自动计算比例。</source>
            <translation>Nantong's 2022–2024 plan set a target key-process CNC rate of 65% for key enterprises by 2024; the reference values used from 2025 are shown on the results page. Enter the equipment of each key process; the rate is calculated automatically.</translation>
        </message>
        <message>
            <source>企业的主要生产方式</source>
            <translation>Main type of production</translation>
        </message>
        <message>
            <source>口径：离散型制造指产品由零部件加工、装配而成（如机械、电子、汽车零部件、纺织服装、家具）；流程型制造指原料经连续或批次的物理化学过程形成产品（如化工、医药、冶金、建材、食品饮料）。两者兼有时按主营产品的生产方式选择。离散型按“设备数控化”计算，流程型按“过程控制覆盖”计算。</source>
            <translation>Definition: discrete manufacturing means products are made by machining and assembling parts (e.g. machinery, electronics, auto parts, textiles and garments, furniture); process manufacturing means raw materials become products through continuous or batch physical and chemical processes (e.g. chemicals, pharmaceuticals, metallurgy, building materials, food and beverages). If you do both, choose by how your main products are made. Discrete manufacturing is measured by "CNC equipment", process manufacturing by "process control coverage".</translation>
        </message>
        <message>
            <source>离散型制造（加工、装配为主）</source>
            <translation>Discrete manufacturing (mainly machining and assembly)</translation>
        </message>
        <message>
            <source>流程型制造（连续或批次流程生产为主）</source>
            <translation>Process manufacturing (mainly continuous or batch processes)</translation>
        </message>
        <message>
            <source>关键工序及其设备情况（离散型）</source>
            <translation>Key processes and their equipment (discrete)</translation>
        </message>
        <message>
            <source>自评口径：关键工序指对产品质量、产能或成本起决定作用的工序（如数控加工、焊接、涂装、总装、检测），一般填写3–10道。数控化设备指由数字程序控制或具备数字化控制功能的设备（数控机床、加工中心、工业机器人、 PLC控制的自动化专机、数字化检测设备等）。数控化率 = 各关键工序数控化设备数之和÷各关键工序设备总数之和。官方企业级计算公式尚未查到，此为自评口径。</source>
            <translation>Self-assessment definition: key processes are those that decide product quality, capacity or cost (e.g. CNC machining, welding, painting, final assembly, inspection); usually enter 3–10. CNC equipment means equipment controlled by a digital program or with digital control functions (CNC machine tools, machining centres, industrial robots, PLC-controlled special-purpose automatic machines, digital inspection equipment, etc.). CNC rate = CNC equipment of all key processes ÷ all equipment of all key processes. No official enterprise-level formula has been found; this is the self-assessment definition.</translation>
        </message>
        <message>
            <source>工序</source>
            <translation>Process</translation>
        </message>
        <message>
            <source>工序名称</source>
            <translation>Process name</translation>
        </message>
        <message>
            <source>如“数控车削”“机器人焊接”“总装”“成品检测”。</source>
            <translation>E.g. "CNC turning", "robot welding", "final assembly", "final inspection".</translation>
        </message>
        <message>
            <source>设备总数</source>
            <translation>Total equipment</translation>
        </message>
        <message>
            <source>该工序在用的生产设备总台（套）数，含数控与非数控设备；不含已报废、封存设备。</source>
            <translation>Total number of production machines (units/sets) in use in this process, CNC and non-CNC; excluding scrapped or mothballed equipment.</translation>
        </message>
        <message>
            <source>台（套）</source>
            <translation>units</translation>
        </message>
        <message>
            <source>其中数控化设备数</source>
            <translation>Of which CNC equipment</translation>
        </message>
        <message>
            <source>该工序中由数字程序控制或具备数字化控制功能的设备台（套）数，不能超过本行设备总数。</source>
            <translation>Number of machines (units/sets) in this process controlled by a digital program or with digital control functions; cannot exceed the total equipment in this row.</translation>
        </message>
        <message>
            <source>关键工序及过程控制覆盖情况（流程型）</source>
            <translation>Key processes and process control coverage (process manufacturing)</translation>
        </message>
        <message>
            <source>自评口径：流程型企业按关键工序是否由过程控制系统（DCS、PLC、SCADA、FCS 等）自动控制计算：覆盖率 = 采用过程控制系统的关键工序数÷关键工序总数。官方企业级计算公式尚未查到，此为自评口径。</source>
            <translation>Self-assessment definition: for process manufacturers, counted by whether each key process is automatically controlled by a process control system (DCS, PLC, SCADA, FCS, etc.): coverage = key processes using a process control system ÷ all key processes. No official enterprise-level formula has been found; this is the self-assessment definition.</translation>
        </message>
        <message>
            <source>如“反应”“精馏”“配料”“烧成”“灌装”。</source>
            <translation>E.g. "reaction", "distillation", "batching", "firing", "filling".</translation>
        </message>
        <message>
            <source>是否采用过程控制系统</source>
            <translation>Process control system used?</translation>
        </message>
        <message>
            <source>该工序的主要参数（温度、压力、流量、配比等）由 DCS/PLC/SCADA 等系统自动检测与控制时选“是”。</source>
            <translation>Choose "Yes" when the main parameters of this process (temperature, pressure, flow, mix ratio, etc.) are automatically measured and controlled by a DCS, PLC, SCADA or similar system.</translation>
        </message>
        <message>
            <source>控制系统</source>
            <translation>Control system</translation>
        </message>
        <message>
            <source>选填，如“DCS（浙江中控）”“西门子PLC”。</source>
            <translation>Optional, e.g. "DCS (Supcon)", "Siemens PLC".</translation>
        </message>
        <message>
            <source>经营管理数字化普及率</source>
            <translation>Digital management adoption rate</translation>
        </message>
        <message>
            <source>南通2022—2024年规划的目标是到2024年重点企业经营管理数字化普及率超过82%；2025年起对照的参照值见结果页。请逐项选择各项经营管理业务目前的开展方式。</source>
            <translation>Nantong's 2022–2024 plan set a target digital management adoption rate of over 82% for key enterprises by 2024; the reference values used from 2025 are shown on the results page. For each business area, choose how it is currently run.</translation>
        </message>
        <message>
            <source>财务管理（总账、往来、成本核算、报表）</source>
            <translation>Finance (general ledger, receivables and payables, costing, reports)</translation>
        </message>
        <message>
            <source>自评口径：使用“专用信息系统”或“集成或云化系统”开展的业务计为已数字化；纸质和电子表格不计。普及率 = 已数字化的经营管理业务项数÷企业涉及的业务项数（选“不涉及”的不计入分母）。“经营管理数字化普及率”的官方企业级公式尚未查到，此为自评口径。</source>
            <translation>Self-assessment definition: business areas run with a "dedicated information system" or an "integrated or cloud-based system" count as digitalised; paper and spreadsheets do not. Adoption rate = digitalised business areas ÷ business areas the enterprise has (areas marked "not applicable" are left out of the denominator). No official enterprise-level formula for the "digital management adoption rate" has been found; this is the self-assessment definition.</translation>
        </message>
        <message>
            <source>本企业不涉及此项业务</source>
            <translation>Not applicable to this enterprise</translation>
        </message>
        <message>
            <source>例如没有独立的仓库、不开展研发等；不计入分母。</source>
            <translation>E.g. no separate warehouse, no R&amp;D; left out of the denominator.</translation>
        </message>
        <message>
            <source>纸质单据、手工记录</source>
            <translation>Paper forms, manual records</translation>
        </message>
        <message>
            <source>电子表格或单机软件（如 Excel、单机版记账软件）</source>
            <translation>Spreadsheets or stand-alone software (e.g. Excel, stand-alone bookkeeping software)</translation>
        </message>
        <message>
            <source>专用信息系统（如财务软件、ERP/MES/WMS/CRM 等系统的相应模块）</source>
            <translation>Dedicated information system (e.g. financial software, the relevant module of an ERP/MES/WMS/CRM system)</translation>
        </message>
        <message>
            <source>集成或云化系统（与其他系统数据打通，或使用云服务/工业互联网平台）</source>
            <translation>Integrated or cloud-based system (data shared with other systems, or cloud services / industrial internet platform)</translation>
        </message>
        <message>
            <source>采购管理（采购申请、订单、供应商）</source>
            <translation>Purchasing (purchase requests, orders, suppliers)</translation>
        </message>
        <message>
            <source>销售与客户管理（报价、订单、客户、发货）</source>
            <translation>Sales and customers (quotations, orders, customers, shipping)</translation>
        </message>
        <message>
            <source>库存与仓储管理（出入库、库存台账）</source>
            <translation>Inventory and warehousing (goods in and out, stock ledger)</translation>
        </message>
        <message>
            <source>人力资源管理（人事档案、考勤、薪酬）</source>
            <translation>Human resources (personnel files, attendance, payroll)</translation>
        </message>
        <message>
            <source>生产计划与调度（计划编制、派工、进度跟踪）</source>
            <translation>Production planning and scheduling (planning, job dispatch, progress tracking)</translation>
        </message>
        <message>
            <source>质量管理（检验记录、不合格品、追溯）</source>
            <translation>Quality (inspection records, nonconforming products, traceability)</translation>
        </message>
        <message>
            <source>设备管理（设备台账、点检、维修保养）</source>
            <translation>Equipment (equipment ledger, routine inspection, maintenance)</translation>
        </message>
        <message>
            <source>协同办公（审批、通知、文档共享）</source>
            <translation>Office collaboration (approvals, notices, document sharing)</translation>
        </message>
        <message>
            <source>数字化研发设计工具普及率</source>
            <translation>Digital R&amp;D design tool adoption rate</translation>
        </message>
        <message>
            <source>南通2022—2024年规划的目标是到2024年重点企业数字化研发设计工具普及率接近92%；2025年起对照的参照值见结果页。不开展自主研发设计的企业，本项为“不适用”。</source>
            <translation>Nantong's 2022–2024 plan set a target digital R&amp;D design tool adoption rate of close to 92% for key enterprises by 2024; the reference values used from 2025 are shown on the results page. For enterprises that do no in-house R&amp;D or design, this indicator is "not applicable".</translation>
        </message>
        <message>
            <source>企业是否开展自主产品研发或设计（含工艺设计）？</source>
            <translation>Does the enterprise do its own product R&amp;D or design (including process design)?</translation>
        </message>
        <message>
            <source>仅按客户提供的图纸或样品加工、自身不做产品或工艺设计的企业选“否”，本指标记为“不适用”，不影响其他指标。</source>
            <translation>Choose "No" if you only make products to drawings or samples supplied by customers and do no product or process design yourself; this indicator is then "not applicable", and the other indicators are not affected.</translation>
        </message>
        <message>
            <source>从事研发设计的人员数</source>
            <translation>R&amp;D and design staff</translation>
        </message>
        <message>
            <source>口径：填报期末从事产品设计、工艺设计、研发试验的人员（含专职与主要从事研发设计的兼职人员），按人数计。</source>
            <translation>Definition: people working in product design, process design or R&amp;D testing at the end of the reporting period (full-time staff, and part-time staff who mainly do R&amp;D and design), counted by head.</translation>
        </message>
        <message>
            <source>人</source>
            <translation>people</translation>
        </message>
        <message>
            <source>其中日常使用数字化研发设计工具的人员数</source>
            <translation>Of which use digital R&amp;D design tools daily</translation>
        </message>
        <message>
            <source>自评口径：日常使用二维/三维CAD、CAE、CAPP、CAM、PDM/PLM、EDA 等软件开展设计工作的人数，不能超过研发设计人员数。普及率 = 使用数字化研发设计工具的人员数÷研发设计人员数，为自评口径。官方统计口径未查到：地区层面的普及率常被转述为“应用数字化研发设计工具的企业占样本企业的比例”，此说法未经官方文件核实。</source>
            <translation>Self-assessment definition: people who use 2D/3D CAD, CAE, CAPP, CAM, PDM/PLM, EDA or similar software for their design work every day; cannot exceed the R&amp;D and design staff. Adoption rate = people using digital R&amp;D design tools ÷ R&amp;D and design staff (self-assessment definition). The official statistical definition was not found: the regional adoption rate is often described as "the share of sampled enterprises that use digital R&amp;D design tools", which has not been verified against an official document.</translation>
        </message>
        <message>
            <source>正在使用的数字化研发设计工具</source>
            <translation>Digital R&amp;D design tools in use</translation>
        </message>
        <message>
            <source>按实际在用（含正版授权或云端订阅）的工具勾选；试用过但未投入使用的不选。</source>
            <translation>Tick the tools actually in use (licensed or cloud subscription); do not tick tools that were only tried and not put into use.</translation>
        </message>
        <message>
            <source>二维CAD（如 AutoCAD、中望CAD）</source>
            <translation>2D CAD (e.g. AutoCAD, ZWCAD)</translation>
        </message>
        <message>
            <source>三维CAD（如 SolidWorks、Creo、UG/NX、中望3D）</source>
            <translation>3D CAD (e.g. SolidWorks, Creo, UG/NX, ZW3D)</translation>
        </message>
        <message>
            <source>CAE 仿真分析（如 ANSYS、Abaqus）</source>
            <translation>CAE simulation and analysis (e.g. ANSYS, Abaqus)</translation>
        </message>
        <message>
            <source>CAPP 计算机辅助工艺设计</source>
            <translation>CAPP computer-aided process planning</translation>
        </message>
        <message>
            <source>CAM 计算机辅助制造/数控编程</source>
            <translation>CAM computer-aided manufacturing / CNC programming</translation>
        </message>
        <message>
            <source>PDM/PLM 产品数据与生命周期管理</source>
            <translation>PDM/PLM product data and lifecycle management</translation>
        </message>
        <message>
            <source>EDA 电子设计自动化</source>
            <translation>EDA electronic design automation</translation>
        </message>
        <message>
            <source>其他专业设计软件</source>
            <translation>Other professional design software</translation>
        </message>
        <message>
            <source>未使用任何数字化设计工具</source>
            <translation>No digital design tools used</translation>
        </message>
        <message>
            <source>星级上云</source>
            <translation>Star-rated cloud adoption</translation>
        </message>
        <message>
            <source>南通2022—2024年规划的任务：到2024年新培育省五星级上云企业10家、四星级60家、三星级330家（附件3按地区分解）。按企业上云用云情况估计已具备哪一星级的定性条件（自评口径，以省工信厅遴选结果为准）； 2024年第一批省级遴选通知要求逐级申报。</source>
            <translation>Task of Nantong's 2022–2024 plan: by 2024, develop 10 new provincial 5-star cloud enterprises, 60 4-star and 330 3-star (broken down by area in Annex 3). From how the enterprise uses the cloud, this estimates which star level's qualitative conditions it already meets (self-assessment definition; the selection results of the Jiangsu Provincial Department of Industry and Information Technology are what count). The 2024 first-round provincial selection notice requires applying one level at a time.</translation>
        </message>
        <message>
            <source>企业已获评的江苏省星级上云企业等级</source>
            <translation>Jiangsu star-rated cloud enterprise level already awarded</translation>
        </message>
        <message>
            <source>以江苏省工业和信息化厅公布的星级上云企业名单为准；尚未获评选“尚未获评”。</source>
            <translation>As published in the star-rated cloud enterprise lists of the Jiangsu Provincial Department of Industry and Information Technology; if not awarded yet, choose "Not yet awarded".</translation>
        </message>
        <message>
            <source>尚未获评</source>
            <translation>Not yet awarded</translation>
        </message>
        <message>
            <source>三星级</source>
            <translation>3-star</translation>
        </message>
        <message>
            <source>四星级</source>
            <translation>4-star</translation>
        </message>
        <message>
            <source>五星级</source>
            <translation>5-star</translation>
        </message>
        <message>
            <source>获评当前星级的年份</source>
            <translation>Year the current star level was awarded</translation>
        </message>
        <message>
            <source>以江苏省工业和信息化厅公布的星级上云企业名单年份为准。规划附件3统计的是2022年起新培育的星级上云企业，区县工信部门按此年份判断是否计入。</source>
            <translation>The year of the list published by the Jiangsu Provincial Department of Industry and Information Technology. Annex 3 of the plan counts star-rated cloud enterprises newly developed from 2022 on; the district industry and IT bureau uses this year to decide whether to count the enterprise.</translation>
        </message>
        <message>
            <source>年</source>
            <translation>year</translation>
        </message>
        <message>
            <source>企业目前的上云方式</source>
            <translation>How the enterprise currently uses the cloud</translation>
        </message>
        <message>
            <source>公有云指购买云服务商或工业互联网平台提供的云服务；私有云指企业自建或托管的专属云；两者兼有选“混合云”。仅使用网盘、微信等个人工具不算上云（本软件的自评口径）。</source>
            <translation>Public cloud means buying cloud services from a cloud provider or an industrial internet platform; private cloud means a dedicated cloud the enterprise builds itself or has hosted; if both, choose "Hybrid cloud". Using only personal tools such as online drives or WeChat does not count as cloud adoption (this software's self-assessment definition).</translation>
        </message>
        <message>
            <source>尚未上云</source>
            <translation>Not on the cloud yet</translation>
        </message>
        <message>
            <source>公有云（购买云服务商或工业互联网平台的服务）</source>
            <translation>Public cloud (services of a cloud provider or industrial internet platform)</translation>
        </message>
        <message>
            <source>私有云（自建或托管的专属云）</source>
            <translation>Private cloud (dedicated cloud, self-built or hosted)</translation>
        </message>
        <message>
            <source>混合云（公有云与私有云结合）</source>
            <translation>Hybrid cloud (public and private cloud combined)</translation>
        </message>
        <message>
            <source>正在使用的基础云服务</source>
            <translation>Basic cloud services in use</translation>
        </message>
        <message>
            <source>按正在付费或正式使用的云服务勾选。</source>
            <translation>Tick the cloud services you are paying for or formally using.</translation>
        </message>
        <message>
            <source>云主机/云服务器</source>
            <translation>Cloud hosts / cloud servers</translation>
        </message>
        <message>
            <source>云存储/云备份</source>
            <translation>Cloud storage / cloud backup</translation>
        </message>
        <message>
            <source>云数据库</source>
            <translation>Cloud databases</translation>
        </message>
        <message>
            <source>云安全服务（如云防火墙、主机安全）</source>
            <translation>Cloud security services (e.g. cloud firewall, host security)</translation>
        </message>
        <message>
            <source>云办公/企业邮箱</source>
            <translation>Cloud office / corporate email</translation>
        </message>
        <message>
            <source>无</source>
            <translation>None</translation>
        </message>
        <message>
            <source>已上云的业务系统所属领域</source>
            <translation>Business areas with systems on the cloud</translation>
        </message>
        <message>
            <source>业务系统部署在云上或使用 SaaS 服务时勾选相应领域（对应三星级要求中的基础、设计、生产、物流、销售、服务）。</source>
            <translation>Tick an area when its business systems are deployed on the cloud or used as SaaS (matches the basic, design, production, logistics, sales and service areas of the 3-star requirements).</translation>
        </message>
        <message>
            <source>基础管理（财务、人事、办公）</source>
            <translation>Basic management (finance, HR, office)</translation>
        </message>
        <message>
            <source>研发设计</source>
            <translation>R&amp;D and design</translation>
        </message>
        <message>
            <source>生产制造</source>
            <translation>Production</translation>
        </message>
        <message>
            <source>物流仓储</source>
            <translation>Logistics and warehousing</translation>
        </message>
        <message>
            <source>销售营销</source>
            <translation>Sales and marketing</translation>
        </message>
        <message>
            <source>售后服务</source>
            <translation>After-sales service</translation>
        </message>
        <message>
            <source>正在使用的工业APP数量</source>
            <translation>Number of industrial apps in use</translation>
        </message>
        <message>
            <source>指在工业互联网平台或云上使用、解决具体工业问题的应用（如设备监控、能耗分析、排产、质量追溯），按个数计；没有填0。</source>
            <translation>Applications used on an industrial internet platform or the cloud that solve specific industrial problems (e.g. equipment monitoring, energy analysis, production scheduling, quality traceability), counted one by one; enter 0 if none.</translation>
        </message>
        <message>
            <source>个</source>
            <translation>items</translation>
        </message>
        <message>
            <source>已接入云平台的工业设备数</source>
            <translation>Industrial equipment connected to a cloud platform</translation>
        </message>
        <message>
            <source>运行数据实时或定时上传到云平台的生产、动力、能源等设备台（套）数；没有填0。</source>
            <translation>Number of production, power, energy and other machines (units/sets) whose operating data is uploaded to a cloud platform in real time or at set times; enter 0 if none.</translation>
        </message>
        <message>
            <source>上云设备的类别</source>
            <translation>Types of equipment on the cloud</translation>
        </message>
        <message>
            <source>对应四星级要求中列举的设备类别。</source>
            <translation>The equipment types listed in the 4-star requirements.</translation>
        </message>
        <message>
            <source>高耗能设备（如窑炉、空压机、锅炉）</source>
            <translation>High-energy-consumption equipment (e.g. kilns, air compressors, boilers)</translation>
        </message>
        <message>
            <source>通用动力/电力设备（如电机、变配电设备）</source>
            <translation>General power / electrical equipment (e.g. motors, transformer and distribution equipment)</translation>
        </message>
        <message>
            <source>新能源设备（如光伏、储能、充电桩）</source>
            <translation>New energy equipment (e.g. photovoltaics, energy storage, EV chargers)</translation>
        </message>
        <message>
            <source>智能装备（如数控机床、工业机器人）</source>
            <translation>Smart equipment (e.g. CNC machine tools, industrial robots)</translation>
        </message>
        <message>
            <source>其他生产设备</source>
            <translation>Other production equipment</translation>
        </message>
        <message>
            <source>是否对上云设备数据进行边缘侧处理（就地采集、清洗、分析后上传）？</source>
            <translation>Is data from the equipment on the cloud processed at the edge (collected, cleaned and analysed on site before upload)?</translation>
        </message>
        <message>
            <source>采用边缘网关、边缘计算盒子或工控机在设备端就地处理数据时选“是”。</source>
            <translation>Choose "Yes" when data is processed on site at the equipment by an edge gateway, edge computing box or industrial PC.</translation>
        </message>
        <message>
            <source>基于云平台开展的“数据+模型”应用</source>
            <translation>"Data + model" applications on a cloud platform</translation>
        </message>
        <message>
            <source>对应五星级要求：运用云计算、大数据、物联网、人工智能等技术，基于数据和模型开展的应用。</source>
            <translation>Matches the 5-star requirement: applications based on data and models, using cloud computing, big data, the Internet of Things, artificial intelligence and similar technologies.</translation>
        </message>
        <message>
            <source>市场分析、交易与预测</source>
            <translation>Market analysis, trading and forecasting</translation>
        </message>
        <message>
            <source>产品或设备远程监控与运维</source>
            <translation>Remote monitoring and maintenance of products or equipment</translation>
        </message>
        <message>
            <source>质量管控与工艺优化</source>
            <translation>Quality control and process optimisation</translation>
        </message>
        <message>
            <source>其他“数据+模型”创新应用</source>
            <translation>Other innovative "data + model" applications</translation>
        </message>
        <message>
            <source>云服务已连续使用的时长</source>
            <translation>How long cloud services have been used without interruption</translation>
        </message>
        <message>
            <source>从开始正式使用主要云服务起算，至填报时仍在使用。苏州市2022年星级上云申报通知要求所申报的云服务连续使用不少于3个月（据第三方转载，其他城市的做法）；2024年省级遴选按截至2024年5月31日的上云时长统计，最短时长要求未查到。本软件的星级估计参照苏州的这一做法。</source>
            <translation>Counted from when the main cloud services were first formally used, and still in use now. Suzhou's 2022 notice on star-rated cloud applications required the cloud services applied for to have been used without interruption for at least 3 months (as republished by third parties; another city's practice); the 2024 provincial selection counts cloud use up to 31 May 2024, and no minimum duration was found. This software's star estimate follows the Suzhou practice.</translation>
        </message>
        <message>
            <source>个月</source>
            <translation>months</translation>
        </message>
        <message>
            <source>近一年上云用云支出</source>
            <translation>Cloud spending in the last year</translation>
        </message>
        <message>
            <source>选填。按实际支付的云服务、平台订阅、上云改造费用合计（万元），星级申报时需提供支付凭证。</source>
            <translation>Optional. Total actually paid for cloud services, platform subscriptions and cloud migration work (in 10k CNY); proof of payment is required when applying for a star rating.</translation>
        </message>
        <message>
            <source>万元</source>
            <translation>10k CNY</translation>
        </message>
        <message>
            <source>《江苏省星级上云企业遴选工作指南（2024年版）》的量化门槛（云服务支出、上云设备数等）未公开获得， 以下估计依据三星/四星/五星的定性要求（2021、2022年版指南，据第三方转述），为自评口径，仅供参考。 “云服务连续使用满3个月”不是省级指南的已知要求，而是苏州市2022年星级上云申报通知的做法（据第三方转载）， 此处仅作参照；2024年省级遴选按截至2024年5月31日的上云时长统计，最短时长要求未查到。</source>
            <translation>The quantitative thresholds (cloud spending, equipment on the cloud, etc.) of the Jiangsu guide to selecting star-rated cloud enterprises (2024 edition) could not be obtained publicly. The estimate below is based on the qualitative 3-star/4-star/5-star requirements (2021 and 2022 editions of the guide, as reported by third parties); it is a self-assessment definition, for reference only. "Cloud services used without interruption for 3 months" is not a known requirement of the provincial guide but the practice of Suzhou's 2022 notice on star-rated cloud applications (as republished by third parties), used here only as a reference; the 2024 provincial selection counts cloud use up to 31 May 2024, and no minimum duration was found.</translation>
        </message>
        <message>
            <source>三星</source>
            <translation>3-star</translation>
        </message>
        <message>
            <source>采用公有云、私有云或混合云上云（2024年遴选三种方式均可）</source>
            <translation>Uses public, private or hybrid cloud (all three accepted in the 2024 selection)</translation>
        </message>
        <message>
            <source>使用基础云服务（云主机、云存储、云数据库等）</source>
            <translation>Uses basic cloud services (cloud hosts, cloud storage, cloud databases, etc.)</translation>
        </message>
        <message>
            <source>至少2个业务领域的系统和数据上云（自评口径）</source>
            <translation>Systems and data of at least 2 business areas on the cloud (self-assessment definition)</translation>
        </message>
        <message>
            <source>使用工业APP</source>
            <translation>Uses industrial apps</translation>
        </message>
        <message>
            <source>云服务连续使用满3个月（参照苏州市2022年申报通知的做法）</source>
            <translation>Cloud services used without interruption for 3 months (following Suzhou's 2022 application notice)</translation>
        </message>
        <message>
            <source>四星</source>
            <translation>4-star</translation>
        </message>
        <message>
            <source>采用公有云、私有云或混合云</source>
            <translation>Uses public, private or hybrid cloud</translation>
        </message>
        <message>
            <source>工业设备上云</source>
            <translation>Industrial equipment on the cloud</translation>
        </message>
        <message>
            <source>上云设备中有高耗能、通用动力/电力、新能源设备或智能装备（四星要求列举的类别；只有“其他生产设备”不算）</source>
            <translation>Equipment on the cloud includes high-energy-consumption, general power/electrical, new energy or smart equipment (the types listed in the 4-star requirements; "Other production equipment" alone does not count)</translation>
        </message>
        <message>
            <source>具备设备数据的边缘侧处理能力</source>
            <translation>Edge processing of equipment data</translation>
        </message>
        <message>
            <source>五星</source>
            <translation>5-star</translation>
        </message>
        <message>
            <source>已获评四星级上云企业（五星须在四星基础上申报）</source>
            <translation>Already awarded 4-star cloud enterprise (5-star applications build on 4-star)</translation>
        </message>
        <message>
            <source>使用基础云服务</source>
            <translation>Uses basic cloud services</translation>
        </message>
        <message>
            <source>开展“数据+模型”创新应用</source>
            <translation>Runs innovative "data + model" applications</translation>
        </message>
        <message>
            <source>智改数转项目</source>
            <translation>ITDT projects</translation>
        </message>
        <message>
            <source>规划附件1按年度下达各地区完成“智改数转”项目数（统计规上企业的项目：2022年2000个、2023年2000个、2024年1700个）。附件1备注：“‘智改数转’项目主要包括‘智改数转’诊断服务项目、智能化技改项目、企业上云项目、标杆示范项目、绿色化改造项目等”。请逐项登记本企业的项目（规下企业也请登记；区县按附件1汇总时只计规上企业的项目）。</source>
            <translation>Annex 1 of the plan sets each area's yearly number of completed ITDT projects (counting projects of above-designated-size enterprises: 2,000 in 2022, 2,000 in 2023, 1,700 in 2024). Note to Annex 1: "ITDT projects mainly include ITDT diagnosis service projects, intelligent technical upgrade projects, enterprise cloud projects, benchmark demonstration projects, green upgrade projects, etc." Please record each of your projects (enterprises below designated size too; when compiling Annex 1, districts count only projects of above-designated-size enterprises).</translation>
        </message>
        <message>
            <source>2022年以来，企业是否实施过“智改数转”项目？</source>
            <translation>Has the enterprise carried out any ITDT projects since 2022?</translation>
        </message>
        <message>
            <source>含已完成、正在实施和已立项计划实施的项目；政府免费诊断服务也算一个“诊断服务项目”。</source>
            <translation>Includes completed projects, projects under way and approved projects planned for implementation; a free government diagnosis service also counts as a "diagnosis service project".</translation>
        </message>
        <message>
            <source>“智改数转”项目清单</source>
            <translation>ITDT project list</translation>
        </message>
        <message>
            <source>口径：按规划附件1备注列举的类别登记（“主要包括”诊断服务、智能化技改、企业上云、标杆示范、绿色化改造项目“等”），不属于这些类别的“智改数转”项目选“其他”；一个项目只选一类（兼有时选主要类别）。区县统计“完成项目数”时只计状态为“已完成”的项目，且附件1只统计规上企业的项目。</source>
            <translation>Definition: record by the categories listed in the note to Annex 1 of the plan ("mainly include" diagnosis service, intelligent technical upgrade, enterprise cloud, benchmark demonstration and green upgrade projects "etc."); for ITDT projects outside these categories choose "Other"; one category per project (if several apply, choose the main one). When districts count "completed projects" they count only projects with the status "Completed", and Annex 1 counts only projects of above-designated-size enterprises.</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>项目类别</source>
            <translation>Project category</translation>
        </message>
        <message>
            <source>规划附件1备注列举的项目类别（“主要包括……等”）；不属于所列类别的选“其他“智改数转”项目”。</source>
            <translation>Project categories listed in the note to Annex 1 of the plan ("mainly include ... etc."); for a project outside these categories choose "Other ITDT project".</translation>
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
            <source>其他“智改数转”项目</source>
            <translation>Other ITDT project</translation>
        </message>
        <message>
            <source>项目名称</source>
            <translation>Project name</translation>
        </message>
        <message>
            <source>如“机加工车间数控化改造”“ERP系统上云”。</source>
            <translation>E.g. "CNC upgrade of the machining workshop", "ERP system moved to the cloud".</translation>
        </message>
        <message>
            <source>完成（或计划完成）年份</source>
            <translation>Year completed (or planned)</translation>
        </message>
        <message>
            <source>填四位年份；附件1考核2022–2024年完成的项目。</source>
            <translation>Enter a four-digit year; Annex 1 assesses projects completed in 2022–2024.</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>已通过验收或已投入使用的选“已完成”。</source>
            <translation>Choose "Completed" if the project has passed acceptance or been put into use.</translation>
        </message>
        <message>
            <source>计划中</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>实施中</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>已完成</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>投资额</source>
            <translation>Investment</translation>
        </message>
        <message>
            <source>选填，项目总投资（万元）。</source>
            <translation>Optional; total project investment (in 10k CNY).</translation>
        </message>
        <message>
            <source>荣誉与认定</source>
            <translation>Honours and recognitions</translation>
        </message>
        <message>
            <source>登记与规划附件2、附件3相关的认定情况：两化融合贯标、示范智能车间（工厂）、首台（套）装备、工业互联网标杆工厂与试点示范、工业信息安全防护星级。</source>
            <translation>Record recognitions related to Annexes 2 and 3 of the plan: informatisation–industrialisation integration management system, demonstration smart workshops (factories), first-of-its-kind equipment, industrial internet benchmark factories and pilot demonstrations, industrial information security protection star rating.</translation>
        </message>
        <message>
            <source>两化融合管理体系贯标（GB/T 23001）情况</source>
            <translation>Informatisation–industrialisation integration management system (GB/T 23001)</translation>
        </message>
        <message>
            <source>以两化融合管理体系评定证书为准；规划要求全市新增贯标企业150家以上（附件3“贯标通过企业数”）。</source>
            <translation>As shown on the integration management system assessment certificate; the plan calls for over 150 more certified enterprises citywide (Annex 3: "enterprises passing the standard").</translation>
        </message>
        <message>
            <source>未开展</source>
            <translation>Not started</translation>
        </message>
        <message>
            <source>正在贯标</source>
            <translation>Implementing the standard</translation>
        </message>
        <message>
            <source>已通过评定（A级）</source>
            <translation>Certified (Level A)</translation>
        </message>
        <message>
            <source>已通过评定（AA级）</source>
            <translation>Certified (Level AA)</translation>
        </message>
        <message>
            <source>已通过评定（AAA级及以上）</source>
            <translation>Certified (Level AAA or above)</translation>
        </message>
        <message>
            <source>通过贯标评定的年份</source>
            <translation>Year certified</translation>
        </message>
        <message>
            <source>证书上的评定年份。</source>
            <translation>The assessment year on the certificate.</translation>
        </message>
        <message>
            <source>是否获评示范智能车间（工厂）或智能制造示范工厂？</source>
            <translation>Has the enterprise been recognised as a demonstration smart workshop (factory) or smart manufacturing demonstration factory?</translation>
        </message>
        <message>
            <source>含国家级智能制造示范工厂/优秀场景、省级示范智能车间（工厂）、市级示范智能车间。规划附件2统计的是新增省级示范智能车间（工厂）和新增市级示范智能车间；国家级认定一并登记备查，但不计入附件2。</source>
            <translation>Includes national smart manufacturing demonstration factories / excellent scenarios, provincial demonstration smart workshops (factories) and city demonstration smart workshops. Annex 2 of the plan counts new provincial demonstration smart workshops (factories) and new city demonstration smart workshops; national recognitions are recorded for reference but not counted in Annex 2.</translation>
        </message>
        <message>
            <source>示范智能车间（工厂）清单</source>
            <translation>Demonstration smart workshops (factories)</translation>
        </message>
        <message>
            <source>每项认定填一行，以认定文件为准。</source>
            <translation>One row per recognition, as stated in the recognition document.</translation>
        </message>
        <message>
            <source>认定</source>
            <translation>Recognition</translation>
        </message>
        <message>
            <source>级别</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>认定部门的级别。</source>
            <translation>Level of the recognising authority.</translation>
        </message>
        <message>
            <source>国家级</source>
            <translation>National</translation>
        </message>
        <message>
            <source>省级</source>
            <translation>Provincial</translation>
        </message>
        <message>
            <source>市级</source>
            <translation>City</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>车间或工厂。</source>
            <translation>Workshop or factory.</translation>
        </message>
        <message>
            <source>智能车间</source>
            <translation>Smart workshop</translation>
        </message>
        <message>
            <source>智能工厂</source>
            <translation>Smart factory</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>认定文件中的车间（工厂）名称。</source>
            <translation>Name of the workshop (factory) in the recognition document.</translation>
        </message>
        <message>
            <source>认定年份</source>
            <translation>Year recognised</translation>
        </message>
        <message>
            <source>四位年份。</source>
            <translation>Four-digit year.</translation>
        </message>
        <message>
            <source>是否有产品获认定为首台（套）重大装备？</source>
            <translation>Has any product been recognised as first-of-its-kind major equipment (first unit/set)?</translation>
        </message>
        <message>
            <source>含国家、省、市级首台（套）重大技术装备（智能装备）认定（规划附件2“市级以上首台（套）重大智能装备”）。</source>
            <translation>Includes national, provincial and city recognitions of first-of-its-kind major technical equipment (smart equipment) (Annex 2 of the plan: "first-of-its-kind major smart equipment at city level or above").</translation>
        </message>
        <message>
            <source>首台（套）装备清单</source>
            <translation>First-of-its-kind equipment</translation>
        </message>
        <message>
            <source>装备</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <source>装备名称</source>
            <translation>Equipment name</translation>
        </message>
        <message>
            <source>认定文件中的产品名称。</source>
            <translation>Product name in the recognition document.</translation>
        </message>
        <message>
            <source>是否获评工业互联网标杆工厂？</source>
            <translation>Has the enterprise been recognised as an industrial internet benchmark factory?</translation>
        </message>
        <message>
            <source>含省级工业互联网标杆工厂及国家级相关认定（规划附件3“标杆工厂数”）。</source>
            <translation>Includes provincial industrial internet benchmark factories and related national recognitions (Annex 3 of the plan: "benchmark factories").</translation>
        </message>
        <message>
            <source>工业互联网标杆工厂清单</source>
            <translation>Industrial internet benchmark factories</translation>
        </message>
        <message>
            <source>每项认定填一行。</source>
            <translation>One row per recognition.</translation>
        </message>
        <message>
            <source>认定文件中的名称。</source>
            <translation>Name in the recognition document.</translation>
        </message>
        <message>
            <source>是否入选工业互联网相关试点示范？</source>
            <translation>Has the enterprise been selected for an industrial internet pilot demonstration?</translation>
        </message>
        <message>
            <source>规划附件3“工业互联网融合创新试点示范”只统计类别为“工业互联网融合创新试点示范”的项目。 5G全连接工厂、重点工业互联网平台、标识解析应用等其他试点示范也请登记，仅作备查，不计入附件3该项。</source>
            <translation>Annex 3 of the plan ("industrial internet integration and innovation pilot demonstrations") counts only projects in the category "Industrial internet integration and innovation pilot demonstration". Please also record other pilot demonstrations such as 5G fully connected factories, key industrial internet platforms and identifier resolution applications; they are for reference only and not counted in that Annex 3 item.</translation>
        </message>
        <message>
            <source>工业互联网相关试点示范清单</source>
            <translation>Industrial internet pilot demonstrations</translation>
        </message>
        <message>
            <source>每项入选填一行。</source>
            <translation>One row per selection.</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>入选的试点示范类别。只有“工业互联网融合创新试点示范”计入规划附件3，其他类别仅作备查。</source>
            <translation>Category of the pilot demonstration. Only "Industrial internet integration and innovation pilot demonstration" counts in Annex 3 of the plan; other categories are for reference only.</translation>
        </message>
        <message>
            <source>工业互联网融合创新试点示范</source>
            <translation>Industrial internet integration and innovation pilot demonstration</translation>
        </message>
        <message>
            <source>5G全连接工厂 / 5G应用项目</source>
            <translation>5G fully connected factory / 5G application project</translation>
        </message>
        <message>
            <source>重点工业互联网平台</source>
            <translation>Key industrial internet platform</translation>
        </message>
        <message>
            <source>标识解析应用</source>
            <translation>Identifier resolution application</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>入选文件中的名称。</source>
            <translation>Name in the selection document.</translation>
        </message>
        <message>
            <source>入选年份</source>
            <translation>Year selected</translation>
        </message>
        <message>
            <source>江苏省工业信息安全防护星级（工控安全防护）</source>
            <translation>Jiangsu industrial information security protection star rating (industrial control system security)</translation>
        </message>
        <message>
            <source>以江苏省工业和信息化厅公布的工控安全防护星级企业名单为准（《实施指南》五个等级）；规划要求累计培育星级企业100家。</source>
            <translation>As published in the list of star-rated enterprises for industrial control system security of the Jiangsu Provincial Department of Industry and Information Technology (five levels in the implementation guide); the plan calls for developing 100 star-rated enterprises in total.</translation>
        </message>
        <message>
            <source>未评定</source>
            <translation>Not rated</translation>
        </message>
        <message>
            <source>一星（基础建设级）</source>
            <translation>1-star (basic construction)</translation>
        </message>
        <message>
            <source>二星（规范防护级）</source>
            <translation>2-star (standardised protection)</translation>
        </message>
        <message>
            <source>三星（集成管控级）</source>
            <translation>3-star (integrated control)</translation>
        </message>
        <message>
            <source>四星（综合协同级）</source>
            <translation>4-star (comprehensive coordination)</translation>
        </message>
        <message>
            <source>五星（智能优化级）</source>
            <translation>5-star (intelligent optimisation)</translation>
        </message>
        <message>
            <source>智能制造能力成熟度评估等级（GB/T 39116）</source>
            <translation>Smart manufacturing capability maturity level (GB/T 39116)</translation>
        </message>
        <message>
            <source>选填。以智能制造能力成熟度评估（GB/T 39116《智能制造能力成熟度模型》）的评估结果为准；未做过评估选“未评估”。用于提示江苏省先进级智能工厂的条件之一（据转引：成熟度二级及以上），不计分。</source>
            <translation>Optional. As assessed under the smart manufacturing capability maturity assessment (GB/T 39116, Maturity model of intelligent manufacturing capability); if never assessed, choose "Not assessed". Used to point out one of the conditions for a Jiangsu advanced-level smart factory (as cited by others: maturity Level 2 or above); not scored.</translation>
        </message>
        <message>
            <source>未评估</source>
            <translation>Not assessed</translation>
        </message>
        <message>
            <source>一级（规划级）</source>
            <translation>Level 1 (planning)</translation>
        </message>
        <message>
            <source>二级（规范级）</source>
            <translation>Level 2 (standardised)</translation>
        </message>
        <message>
            <source>三级（集成级）</source>
            <translation>Level 3 (integrated)</translation>
        </message>
        <message>
            <source>四级（优化级）</source>
            <translation>Level 4 (optimised)</translation>
        </message>
        <message>
            <source>五级（引领级）</source>
            <translation>Level 5 (leading)</translation>
        </message>
        <message>
            <source>江苏省企业数字化转型通用评估得分</source>
            <translation>Jiangsu general enterprise digital transformation assessment score</translation>
        </message>
        <message>
            <source>选填。按《江苏省企业数字化转型通用评估指标体系（2025年版）》评估的得分（满分100）；未评估的不填。用于提示江苏省先进级智能工厂的条件之一（据转引：不低于60分），不计分。</source>
            <translation>Optional. The score (out of 100) under the Jiangsu general indicator system for assessing enterprise digital transformation (2025 edition); leave blank if not assessed. Used to point out one of the conditions for a Jiangsu advanced-level smart factory (as cited by others: at least 60 points); not scored.</translation>
        </message>
        <message>
            <source>分</source>
            <translation>points</translation>
        </message>
        <message>
            <source>填报有 {rnd.tool_users}日常使用数字化研发设计工具，但工具清单选择了“未使用任何数字化设计工具”。请改正其中一项。</source>
            <translation>You entered {rnd.tool_users} as using digital R&amp;D design tools daily, but ticked "No digital design tools used" in the tool list. Correct one of the two.</translation>
        </message>
        <message>
            <source>同一模块的两道题，不能同时成立。</source>
            <translation>Two questions of the same module that cannot both be true.</translation>
        </message>
        <message>
            <source>勾选了在用的设计工具（{rnd.tools}），但日常使用这些工具的人数填的是 0。请改正其中一项。</source>
            <translation>Design tools in use are ticked ({rnd.tools}), but the number of people using them daily is 0. Correct one of the two.</translation>
        </message>
        <message>
            <source>工具清单按“实际在用”勾选（见本题口径），在用就有使用的人。</source>
            <translation>The tool list is ticked by "actually in use" (see the definition of that question): a tool in use has people using it.</translation>
        </message>
        <message>
            <source>关键工序设备合计 {left} 台（套），多于《中小企业数字化水平评测》中填写的生产设备总数量 {right} 台。 关键工序设备是全部生产设备的一部分，请核对两处的数量。</source>
            <translation>Key-process equipment totals {left} units, more than the {right} units of total production equipment entered in the MIIT SME digitalisation level assessment. Key-process equipment is part of all production equipment; please check both figures.</translation>
        </message>
        <message>
            <source>关键工序设备属于企业在用生产设备（两份问卷的口径）。</source>
            <translation>Key-process equipment is part of the enterprise's production equipment in use (definition of both questionnaires).</translation>
        </message>
        <message>
            <source>关键工序数控化设备合计 {left} 台（套），多于《中小企业数字化水平评测》中填写的数字化生产设备数量 {right} 台。 数控化设备属于数字化生产设备，请核对两处的数量。</source>
            <translation>CNC equipment in key processes totals {left} units, more than the {right} units of digital production equipment entered in the MIIT SME digitalisation level assessment. CNC equipment is digital production equipment; please check both figures.</translation>
        </message>
        <message>
            <source>本软件的自评口径：把数控化设备视为数字化生产设备的一部分。评测题面只给出“设备数字化率”的比例，未定义 数字化生产设备的范围。</source>
            <translation>This software's self-assessment definition: CNC equipment is treated as part of digital production equipment. The assessment question only gives the "equipment digitalisation rate" as a ratio and does not define what digital production equipment covers.</translation>
        </message>
        <message>
            <source>本问卷填写企业不开展自主产品研发或设计，但《中小企业数字化水平评测》的“产品设计”场景自评为 “{miit-sme-2024:miit.scenes.product_design}”。请核对。</source>
            <translation>In this questionnaire the enterprise does no in-house product R&amp;D or design, but the "product design" scenario of the MIIT SME digitalisation level assessment is self-assessed as "{miit-sme-2024:miit.scenes.product_design}". Please check.</translation>
        </message>
        <message>
            <source>产品设计场景各等级均以企业开展产品设计为前提。</source>
            <translation>Every level of the product design scenario assumes the enterprise designs products.</translation>
        </message>
    </context>
</TS>
