<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>content</name>
        <message>
            <source>中小企业数字化水平评测指标（2024年版）</source>
            <translation>MIIT SME digitalisation level assessment indicators (2024 edition)</translation>
        </message>
        <message>
            <source>中小企业数字化水平评测</source>
            <translation>MIIT SME digitalisation level assessment</translation>
        </message>
        <message>
            <source>工业和信息化部中小企业数字化水平评测指标（2024年版，制造业）：数字化基础、管理、成效三个维度共100分，另有16个数字化经营场景按1–4级评定，综合得出一级至四级。评测结果可作为专精特新中小企业“数字化水平”的佐证。本软件的评测为离线自评，正式评测以工业和信息化部优质中小企业梯度培育平台的结果为准；中小企业数字化转型试点城市的企业，除自评外还须按2024年版接受现场评定。</source>
            <translation>MIIT SME digitalisation level assessment indicators (2024 edition, manufacturing): three dimensions, digital foundations, management and outcomes, worth 100 points in total, plus 16 digital operations scenarios each rated at Level 1–4; together they give an overall Level 1 to Level 4. The result can serve as evidence of the "digitalisation level" of SRDI (specialised, refined, distinctive and innovative) SMEs. The assessment in this software is an offline self-assessment; the official result is the one on MIIT's platform for the tiered cultivation of high-quality SMEs. Enterprises in the SME digital transformation pilot cities must, in addition to the self-assessment, undergo an on-site assessment under the 2024 edition.</translation>
        </message>
        <message>
            <source>中小企业数字化水平评测指标（2024年版）（制造业）；题目与分值转录自评测系统的问卷数据；文号 工信厅企业〔2024〕56号 据第三方转引 [3P]</source>
            <translation>MIIT SME digitalisation level assessment indicators (2024 edition) (manufacturing); questions and points transcribed from the assessment system's questionnaire data; document number (工信厅企业〔2024〕56号) as cited by a third party [3P]</translation>
        </message>
        <message>
            <source>数字化基础</source>
            <translation>Digital foundations</translation>
        </message>
        <message>
            <source>数字化基础，满分 50 分。</source>
            <translation>Digital foundations, up to 50 points.</translation>
        </message>
        <message>
            <source>企业网络建设连接情况</source>
            <translation>Network infrastructure and connectivity</translation>
        </message>
        <message>
            <source>多选：按企业已建成并在用的网络勾选，每项2分，满分8分。选“无”时不能再选其他项。</source>
            <translation>Multiple choice: tick each network the enterprise has built and is using; 2 points each, up to 8 points. If you choose "None", no other option can be chosen.</translation>
        </message>
        <message>
            <source>无</source>
            <translation>None</translation>
        </message>
        <message>
            <source>企业车间建成工控网络，支持自动化控制应用</source>
            <translation>Industrial control network in the workshops, supporting automation control</translation>
        </message>
        <message>
            <source>企业建成应用系统网络，实现大规模设备、人员与信息系统互联，可支持大规模设备、人员与信息系统互联</source>
            <translation>Application system network, interconnecting equipment, people and information systems on a large scale</translation>
        </message>
        <message>
            <source>企业建设/租用5G工业网络，支撑系统互联和网络协同应用，满足AGV、工业互联网等规模化移动应用场景需求</source>
            <translation>5G industrial network built or leased, supporting system interconnection and networked collaboration, and large-scale mobile uses such as AGVs and the industrial internet</translation>
        </message>
        <message>
            <source>网络全面覆盖生产现场与环节，具备未来智能化新应用的扩展能力</source>
            <translation>Network fully covers the production site and all stages, and can be extended for future smart applications</translation>
        </message>
        <message>
            <source>设备系统</source>
            <translation>Equipment and systems</translation>
        </message>
        <message>
            <source>网络建设</source>
            <translation>Network infrastructure</translation>
        </message>
        <message>
            <source>企业的生产设备数字化率</source>
            <translation>Digitalisation rate of production equipment</translation>
        </message>
        <message>
            <source>单选：按“设备数字化率 = 数字化生产设备数量÷生产设备总数量× 100%”所在区间选择。数字化生产设备可理解为由数字程序控制、或能自动采集和传输运行数据的生产设备（自评口径）。可在下方填写设备数量作为依据。设备数字化率：是指企业现有生产设备的数字化程度，即数字化生产设备占总生产设备数量的比例，其数值=数字化生产设备数量/总生产设备数量×100%</source>
            <translation>Single choice: choose the band in which "equipment digitalisation rate = digitalised production equipment ÷ total production equipment × 100%" falls. Digitalised production equipment can be taken to mean equipment controlled by digital programs, or that can automatically collect and transmit its operating data (self-assessment definition). You can enter the equipment numbers below as a basis. Equipment digitalisation rate: the degree of digitalisation of the enterprise's existing production equipment, i.e. the share of digitalised production equipment in all production equipment; value = digitalised production equipment / total production equipment × 100%</translation>
        </message>
        <message>
            <source>设备数字化</source>
            <translation>Equipment digitalisation</translation>
        </message>
        <message>
            <source>生产设备总数量</source>
            <translation>Total production equipment</translation>
        </message>
        <message>
            <source>选填：企业在用生产设备总台数，用于核对设备数字化率和联网率所选区间。</source>
            <translation>Optional: total number of production equipment units in use, used to check the bands chosen for the digitalisation rate and networking rate.</translation>
        </message>
        <message>
            <source>台</source>
            <translation>units</translation>
        </message>
        <message>
            <source>实现数字化的生产设备数量</source>
            <translation>Digitalised production equipment</translation>
        </message>
        <message>
            <source>选填：不能超过生产设备总数量。</source>
            <translation>Optional: cannot exceed the total production equipment.</translation>
        </message>
        <message>
            <source>企业的生产设备联网率</source>
            <translation>Networking rate of production equipment</translation>
        </message>
        <message>
            <source>单选：按“设备联网率 = 实现联网的生产设备数量÷生产设备总数量× 100%”所在区间选择。联网可理解为设备接入企业网络，能上传运行数据或接收指令（自评口径）。设备联网率：指联网设备占设备总数的比重，其数值=实现联网的生产设备数量/总生产设备数量×100%。</source>
            <translation>Single choice: choose the band in which "equipment networking rate = networked production equipment ÷ total production equipment × 100%" falls. Networked can be taken to mean that the equipment is connected to the enterprise network and can upload operating data or receive commands (self-assessment definition). Equipment networking rate: the share of networked equipment in all equipment; value = networked production equipment / total production equipment × 100%.</translation>
        </message>
        <message>
            <source>设备联网</source>
            <translation>Equipment networking</translation>
        </message>
        <message>
            <source>实现联网的生产设备数量</source>
            <translation>Networked production equipment</translation>
        </message>
        <message>
            <source>企业实现数据自动采集的业务环节覆盖范围</source>
            <translation>Business areas covered by automatic data collection</translation>
        </message>
        <message>
            <source>多选：勾选已实现数据自动采集（由系统或设备自动获取，而非人工录入）的业务环节，人力资源0.9分，其余每项0.7分，满分10分。</source>
            <translation>Multiple choice: tick the business areas where data is collected automatically (obtained by systems or equipment, not entered by hand); human resources 0.9 points, every other area 0.7 points, up to 10 points.</translation>
        </message>
        <message>
            <source>产品设计</source>
            <translation>Product design</translation>
        </message>
        <message>
            <source>工艺设计</source>
            <translation>Process design</translation>
        </message>
        <message>
            <source>营销管理</source>
            <translation>Marketing management</translation>
        </message>
        <message>
            <source>售后服务</source>
            <translation>After-sales service</translation>
        </message>
        <message>
            <source>计划排程</source>
            <translation>Planning and scheduling</translation>
        </message>
        <message>
            <source>生产管控</source>
            <translation>Production control</translation>
        </message>
        <message>
            <source>质量管理</source>
            <translation>Quality management</translation>
        </message>
        <message>
            <source>设备管理</source>
            <translation>Equipment management</translation>
        </message>
        <message>
            <source>安全生产</source>
            <translation>Production safety</translation>
        </message>
        <message>
            <source>能耗管理</source>
            <translation>Energy management</translation>
        </message>
        <message>
            <source>采购管理</source>
            <translation>Procurement</translation>
        </message>
        <message>
            <source>仓储物流</source>
            <translation>Warehousing and logistics</translation>
        </message>
        <message>
            <source>财务管理</source>
            <translation>Financial management</translation>
        </message>
        <message>
            <source>人力资源</source>
            <translation>Human resources</translation>
        </message>
        <message>
            <source>数据采集</source>
            <translation>Data collection</translation>
        </message>
        <message>
            <source>企业使用本地或云化部署的信息化服务，实现业务的数字化管理情况</source>
            <translation>Digital management of business with on-premises or cloud IT services</translation>
        </message>
        <message>
            <source>单选：按使用信息化服务（本地部署或云服务）实现数字化管理的业务环节覆盖范围选择；“绝大部分”指超过80%的业务环节。</source>
            <translation>Single choice: choose by how many business areas are managed digitally with IT services (on-premises or cloud); "most" means more than 80% of business areas.</translation>
        </message>
        <message>
            <source>单个业务环节</source>
            <translation>One business area</translation>
        </message>
        <message>
            <source>多个业务环节（2个及以上）</source>
            <translation>Several business areas (2 or more)</translation>
        </message>
        <message>
            <source>绝大部分业务环节（大于80%）</source>
            <translation>Most business areas (over 80%)</translation>
        </message>
        <message>
            <source>全覆盖</source>
            <translation>All business areas</translation>
        </message>
        <message>
            <source>信息系统</source>
            <translation>Information systems</translation>
        </message>
        <message>
            <source>企业在保障网络安全方面采取的举措</source>
            <translation>Measures taken to ensure network security</translation>
        </message>
        <message>
            <source>多选：按已落实的网络安全举措勾选，每项1.25分，满分5分。</source>
            <translation>Multiple choice: tick the network security measures in place; 1.25 points each, up to 5 points.</translation>
        </message>
        <message>
            <source>建立了网络安全管理制度</source>
            <translation>Network security management rules in place</translation>
        </message>
        <message>
            <source>使用了网络安全产品及服务（如防火墙、网络分区、入侵检测、身份认证等）</source>
            <translation>Network security products and services in use (e.g. firewalls, network segmentation, intrusion detection, identity authentication)</translation>
        </message>
        <message>
            <source>自行或委托专业评估机构实施网络安全风险评估</source>
            <translation>Network security risk assessment carried out in-house or by a professional assessment body</translation>
        </message>
        <message>
            <source>建立网络边界安全访问控制能力，及网络关键节点入侵检测和恶意代码检测能力</source>
            <translation>Secure access control at the network boundary, and intrusion and malicious code detection at key network nodes</translation>
        </message>
        <message>
            <source>信息安全</source>
            <translation>Information security</translation>
        </message>
        <message>
            <source>网络安全</source>
            <translation>Network security</translation>
        </message>
        <message>
            <source>企业在保障数据安全方面采取的举措</source>
            <translation>Measures taken to ensure data security</translation>
        </message>
        <message>
            <source>多选：按已落实的数据安全举措勾选，每项1.25分，满分5分。</source>
            <translation>Multiple choice: tick the data security measures in place; 1.25 points each, up to 5 points.</translation>
        </message>
        <message>
            <source>建立了数据安全管理制度</source>
            <translation>Data security management rules in place</translation>
        </message>
        <message>
            <source>使用了数据安全产品及服务（如数据加密、数据备份与恢复、数据脱敏、数据分级分类保护等）</source>
            <translation>Data security products and services in use (e.g. data encryption, backup and recovery, data masking, classified and graded data protection)</translation>
        </message>
        <message>
            <source>自行或委托专业评估机构实施数据安全风险评估</source>
            <translation>Data security risk assessment carried out in-house or by a professional assessment body</translation>
        </message>
        <message>
            <source>建立数据台账（类型、用途、数量、数据源单位、使用单位等），定期开展数据安全保障能力核验</source>
            <translation>Data ledger kept (type, purpose, quantity, data source, users, etc.), and data security capability checked regularly</translation>
        </message>
        <message>
            <source>数据安全</source>
            <translation>Data security</translation>
        </message>
        <message>
            <source>数字化管理</source>
            <translation>Digital management</translation>
        </message>
        <message>
            <source>数字化管理，满分 30 分。</source>
            <translation>Digital management, up to 30 points.</translation>
        </message>
        <message>
            <source>企业对数字化的认识与执行水平情况</source>
            <translation>How well the enterprise understands digitalisation and acts on it</translation>
        </message>
        <message>
            <source>单选：选择最符合企业当前状况的一项（选项按递进关系排列，分值依次提高）。</source>
            <translation>Single choice: choose the option that best fits the enterprise's current situation (the options build on each other, each scoring more than the one before).</translation>
        </message>
        <message>
            <source>已经主动了解数字化相关内容</source>
            <translation>Actively learning about digitalisation</translation>
        </message>
        <message>
            <source>已经制定实施数字化的规划、计划及保障措施等</source>
            <translation>Digitalisation plans, schedules and supporting measures drawn up</translation>
        </message>
        <message>
            <source>已经着手开始进行单点或多点的数字化改造</source>
            <translation>Digital upgrades started at one or several points</translation>
        </message>
        <message>
            <source>已经通过数字化手段实现业务模式、管理决策方式的改变并取得成效</source>
            <translation>Business model and management decision-making changed through digital means, with results</translation>
        </message>
        <message>
            <source>定期组织员工去数字化建设成效较好的同行业公司参观交流，增强数字化转型意识</source>
            <translation>Staff regularly visit peer companies with good digitalisation results to exchange experience and raise awareness of digital transformation</translation>
        </message>
        <message>
            <source>规划管理</source>
            <translation>Planning</translation>
        </message>
        <message>
            <source>规划实施</source>
            <translation>Planning and implementation</translation>
        </message>
        <message>
            <source>企业数字化管理制度的建立情况</source>
            <translation>Digital management rules in place</translation>
        </message>
        <message>
            <source>多选：按已正式发布并执行的制度勾选，每项1.875分，满分7.5分。</source>
            <translation>Multiple choice: tick the rules formally issued and applied; 1.875 points each, up to 7.5 points.</translation>
        </message>
        <message>
            <source>建立数字化转型实施工作流程</source>
            <translation>Workflow for implementing digital transformation</translation>
        </message>
        <message>
            <source>建立信息系统建设及运营管理制度</source>
            <translation>Rules for building and operating information systems</translation>
        </message>
        <message>
            <source>建立数据资源管理制度</source>
            <translation>Data resource management rules</translation>
        </message>
        <message>
            <source>建立与数字化融合的科研、业务、产品等方面的创新激励制度</source>
            <translation>Innovation incentives for research, business, products, etc. that integrate digitalisation</translation>
        </message>
        <message>
            <source>管理机制</source>
            <translation>Management mechanisms</translation>
        </message>
        <message>
            <source>企业在数字化人才建设方面采取的举措</source>
            <translation>Measures taken to build digital talent</translation>
        </message>
        <message>
            <source>多选：按已落实的人才建设举措勾选，每项1.5分，满分7.5分。数字化人才：是指具备ICT(信息通信技术)专业技能和补充技能的人才，他们在企业内部的各个岗位上发挥作用，包括传统信息技术部门的技术人员、业务部门中精通信息系统并熟练操作的专业人员，以及在数字化转型中新兴的横跨各种组织职能的角色。数字化人才通常划分三个层级：其一是数字化技术人才，掌握计算机、大数据、人工智能、通信等相关的数字化技术；其二是数字化管理人才，从战略上落地实施数字化战术，深谙商业价值、经营理念；其三是数字化应用人才，以企业核心资产的价值推动业务数字化应用能力增长，具有优化重构业务增长的分析能力。</source>
            <translation>Multiple choice: tick the talent measures in place; 1.5 points each, up to 7.5 points. Digital talent: people with ICT (information and communication technology) professional skills and complementary skills who work in all kinds of positions in the enterprise, including technical staff of the traditional IT department, specialists in business departments who know information systems well and use them skilfully, and new roles spanning organisational functions that emerge in digital transformation. Digital talent is usually divided into three tiers: first, digital technology talent, who master digital technologies such as computing, big data, artificial intelligence and communications; second, digital management talent, who turn the digital strategy into practice and understand business value and management philosophy well; third, digital application talent, who use the value of the enterprise's core assets to grow its digital application capability and can analyse how to optimise and reshape business growth.</translation>
        </message>
        <message>
            <source>配备专职/兼职的数字化人才</source>
            <translation>Full-time or part-time digital staff</translation>
        </message>
        <message>
            <source>设置专门的数字化岗位/部门</source>
            <translation>Dedicated digital positions or department</translation>
        </message>
        <message>
            <source>定期对员工开展数字化方面培训</source>
            <translation>Regular digital training for staff</translation>
        </message>
        <message>
            <source>有明确的数字化人才绩效及薪酬管理</source>
            <translation>Clear performance and pay management for digital staff</translation>
        </message>
        <message>
            <source>有明确的数字化人才梯度培育机制</source>
            <translation>Clear tiered development scheme for digital talent</translation>
        </message>
        <message>
            <source>要素保障</source>
            <translation>Resources</translation>
        </message>
        <message>
            <source>人才建设</source>
            <translation>Talent development</translation>
        </message>
        <message>
            <source>企业近三年平均数字化投入总额占营业额的平均比例（企业成立不满三年按照实际成立时长计算年均投入）</source>
            <translation>Average share of digital investment in revenue over the last three years (enterprises founded less than three years ago: average annual investment over the actual period)</translation>
        </message>
        <message>
            <source>单选：按近三年平均数字化投入占营业额比例的区间选择（成立不满三年按实际时长计算年均投入）。注意：区间原样照录评测系统数据；该区间对投入占营业额的比例而言明显偏高，尚待与官方文件核对。</source>
            <translation>Single choice: choose the band of the average share of digital investment in revenue over the last three years (founded less than three years ago: annual average over the actual period). Note: the bands are copied unchanged from the assessment system's data; they look far too high for a share of revenue and are yet to be checked against the official documents.</translation>
        </message>
        <message>
            <source>资金保障</source>
            <translation>Funding</translation>
        </message>
        <message>
            <source>近三年年均数字化投入</source>
            <translation>Average annual digital investment, last three years</translation>
        </message>
        <message>
            <source>选填：近三年用于数字化（软硬件、云服务、咨询、人员培训等）的年均投入金额。</source>
            <translation>Optional: average amount invested per year in digitalisation over the last three years (hardware and software, cloud services, consulting, staff training, etc.).</translation>
        </message>
        <message>
            <source>万元/年</source>
            <translation>10k CNY/year</translation>
        </message>
        <message>
            <source>数字化成效</source>
            <translation>Digital outcomes</translation>
        </message>
        <message>
            <source>数字化成效，满分 20 分。</source>
            <translation>Digital outcomes, up to 20 points.</translation>
        </message>
        <message>
            <source>企业数字化改造后每百元营业收入中综合能源消费量相比于改造前的变化情况</source>
            <translation>Change in comprehensive energy consumption per CNY 100 of revenue after the digital upgrade compared with before</translation>
        </message>
        <message>
            <source>单选：比较数字化改造后与改造前“每百元营业收入综合能源消费量”。综合能源消费量按国家统计局《能源统计报表制度》205-1、205-2表口径计算。可在下方填写上年和前年的综合能源消费量（吨标准煤）作为依据。综合能源消费量：指企业（单位）在报告期内工业生产实际消费的各种能源(扣除能源加工转换产出和能源回收利用等重复因素)的总和。计算方法参考国家统计局制定的《能源统计报表制度》中的《能源购进、消费与库存》(205-1表)和《能源加工转换与回收利用》(205-2表)。</source>
            <translation>Single choice: compare "comprehensive energy consumption per CNY 100 of revenue" after the digital upgrade with before. Comprehensive energy consumption is calculated as defined in tables 205-1 and 205-2 of the National Bureau of Statistics' Energy Statistics Reporting System (能源统计报表制度). You can enter last year's and the year before's comprehensive energy consumption (t standard coal) below as a basis. Comprehensive energy consumption: the total of all energy actually consumed in industrial production by the enterprise (unit) in the reporting period (excluding double counting such as energy output from processing and conversion, and energy recovered and reused). For the calculation see "Energy purchase, consumption and stock" (table 205-1) and "Energy processing, conversion and recovery" (table 205-2) in the Energy Statistics Reporting System issued by the National Bureau of Statistics.</translation>
        </message>
        <message>
            <source>增加</source>
            <translation>Increased</translation>
        </message>
        <message>
            <source>持平</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <source>降低</source>
            <translation>Decreased</translation>
        </message>
        <message>
            <source>绿色低碳</source>
            <translation>Green and low-carbon</translation>
        </message>
        <message>
            <source>上年综合能源消费量</source>
            <translation>Comprehensive energy consumption, last year</translation>
        </message>
        <message>
            <source>选填：按《能源统计报表制度》口径。</source>
            <translation>Optional: as defined in the Energy Statistics Reporting System.</translation>
        </message>
        <message>
            <source>吨标准煤</source>
            <translation>t standard coal</translation>
        </message>
        <message>
            <source>前年综合能源消费量</source>
            <translation>Comprehensive energy consumption, year before last</translation>
        </message>
        <message>
            <source>企业数字化改造后月均产品合格率相比于改造前的变化情况</source>
            <translation>Change in the monthly average product pass rate after the digital upgrade compared with before</translation>
        </message>
        <message>
            <source>单选：比较数字化改造后与改造前的月均产品合格率。</source>
            <translation>Single choice: compare the monthly average product pass rate after the digital upgrade with before.</translation>
        </message>
        <message>
            <source>产品质量</source>
            <translation>Product quality</translation>
        </message>
        <message>
            <source>月均产品合格率</source>
            <translation>Monthly average product pass rate</translation>
        </message>
        <message>
            <source>选填：上年度月均产品合格率（%）。</source>
            <translation>Optional: last year's monthly average product pass rate (%).</translation>
        </message>
        <message>
            <source>企业上年度人均营业收入相比于前年变化情况</source>
            <translation>Change in revenue per employee last year compared with the year before</translation>
        </message>
        <message>
            <source>单选：比较上年度与前年的人均营业收入（营业收入÷员工人数）。</source>
            <translation>Single choice: compare revenue per employee (revenue ÷ number of employees) last year with the year before.</translation>
        </message>
        <message>
            <source>市场效益</source>
            <translation>Market benefits</translation>
        </message>
        <message>
            <source>市场表现</source>
            <translation>Market performance</translation>
        </message>
        <message>
            <source>上年员工人数</source>
            <translation>Employees, last year</translation>
        </message>
        <message>
            <source>选填：年末从业人员数。</source>
            <translation>Optional: number of employees at year end.</translation>
        </message>
        <message>
            <source>人</source>
            <translation>people</translation>
        </message>
        <message>
            <source>上年营业收入</source>
            <translation>Revenue, last year</translation>
        </message>
        <message>
            <source>选填。</source>
            <translation>Optional.</translation>
        </message>
        <message>
            <source>万元</source>
            <translation>10k CNY</translation>
        </message>
        <message>
            <source>前年员工人数</source>
            <translation>Employees, year before last</translation>
        </message>
        <message>
            <source>前年营业收入</source>
            <translation>Revenue, year before last</translation>
        </message>
        <message>
            <source>企业上年度每百元营业收入中的成本相比于前年变化情况</source>
            <translation>Change in cost per CNY 100 of revenue last year compared with the year before</translation>
        </message>
        <message>
            <source>单选：比较上年度与前年的“每百元营业收入中的成本”（成本÷营业收入× 100）。</source>
            <translation>Single choice: compare "cost per CNY 100 of revenue" (cost ÷ revenue × 100) last year with the year before.</translation>
        </message>
        <message>
            <source>价值效益</source>
            <translation>Economic benefits</translation>
        </message>
        <message>
            <source>上年成本</source>
            <translation>Cost, last year</translation>
        </message>
        <message>
            <source>选填：营业成本。</source>
            <translation>Optional: operating cost.</translation>
        </message>
        <message>
            <source>前年成本</source>
            <translation>Cost, year before last</translation>
        </message>
        <message>
            <source>数字化经营（场景等级）</source>
            <translation>Digital operations (scenario levels)</translation>
        </message>
        <message>
            <source>16个数字化经营场景，每个场景按1–4级要求自评等级；不计分，用于综合等级估算（判定规则取自第三方资料，见综合等级的说明）。</source>
            <translation>16 digital operations scenarios, each self-rated against the requirements of Levels 1–4; not scored, used to estimate the overall level (the rule comes from third-party sources; see the note on the overall level).</translation>
        </message>
        <message>
            <source>产品生命周期数字化·产品设计：对照各等级要求，选择企业已全面达到的最高等级；高等级以达到低等级要求为前提。没有开展该项业务或尚未达到一级时选“尚未达到一级要求”。第三方资料称本场景为“约束性场景”，综合等级估算按此计数；官方文件尚未核对。</source>
            <translation>Product lifecycle digitalisation · Product design: Compare with the requirements of each level and choose the highest level the enterprise fully meets; a higher level requires the lower levels' requirements to be met. If the enterprise does not carry out this activity, or has not yet reached Level 1, choose "Level 1 requirements not yet met". Third-party sources call this a "binding scenario", and the overall level estimate counts it as one; not yet checked against the official documents.</translation>
        </message>
        <message>
            <source>尚未达到一级要求</source>
            <translation>Level 1 requirements not yet met</translation>
        </message>
        <message>
            <source>1级：通过设计软件工具（如CAD、CAE、EDA等）辅助开展产品设计。</source>
            <translation>Level 1: Product design is supported by design software tools (e.g. CAD, CAE, EDA).</translation>
        </message>
        <message>
            <source>2级：应用信息化系统开展产品设计，实现产品设计过程或版本的数字化、规范化管理，形成完整的产品设计资料（如方案、图纸、模型、设计BOM、版本、技术变更等）管理标准，并有效执行。</source>
            <translation>Level 2: Product design is done in an IT system, with digital, standardised management of the design process or versions, and complete management standards for product design documents (e.g. concepts, drawings, models, design BOM, versions, engineering changes) that are applied effectively.</translation>
        </message>
        <message>
            <source>3级：建立典型产品组件及关键零部件的标准库及典型产品设计知识库，并能在产品设计时进行匹配、引用或参考，实现产品设计与工艺设计的协同，实现数据跨部门共享。</source>
            <translation>Level 3: Standard libraries of typical product components and key parts, and a knowledge base of typical product designs, are built and can be matched, reused or consulted during product design; product design and process design work together, and data is shared across departments.</translation>
        </message>
        <message>
            <source>4级：运用仿真分析等技术实现对产品外观、结构、性能等进行试验验证或迭代优化等功能，并实现产业链上下游间的多方信息交互、协同设计或产品创新。</source>
            <translation>Level 4: Simulation analysis and similar techniques are used to test, verify or iteratively optimise product appearance, structure, performance, etc.; information exchange, collaborative design or product innovation with multiple parties up and down the industrial chain.</translation>
        </message>
        <message>
            <source>产品生命周期数字化</source>
            <translation>Product lifecycle digitalisation</translation>
        </message>
        <message>
            <source>产品生命周期数字化·工艺设计：对照各等级要求，选择企业已全面达到的最高等级；高等级以达到低等级要求为前提。没有开展该项业务或尚未达到一级时选“尚未达到一级要求”。</source>
            <translation>Product lifecycle digitalisation · Process design: Compare with the requirements of each level and choose the highest level the enterprise fully meets; a higher level requires the lower levels' requirements to be met. If the enterprise does not carry out this activity, or has not yet reached Level 1, choose "Level 1 requirements not yet met".</translation>
        </message>
        <message>
            <source>1级：应用设计软件工具（如CAM、CAPP等）基于产品设计数据辅助开展工艺设计。</source>
            <translation>Level 1: Process design is supported by design software tools (e.g. CAM, CAPP) based on product design data.</translation>
        </message>
        <message>
            <source>2级：应用信息化系统开展工艺设计，并实现设计过程的数字化、规范化管理，形成完整的工艺设计数据（工艺方案、工艺流程、工艺文件、制造BOM、版本、技术变更等）管理标准，并有效执行。</source>
            <translation>Level 2: Process design is done in an IT system, with digital, standardised management of the design process, and complete management standards for process design data (process plans, process flows, process documents, manufacturing BOM, versions, engineering changes, etc.) that are applied effectively.</translation>
        </message>
        <message>
            <source>3级：建立典型制造工艺流程、参数、资源等关键要素的知识库，并能在新产品工艺设计时进行匹配、引用或参考；实现工艺设计与生产系统间的数据交互、并行协同。</source>
            <translation>Level 3: A knowledge base of key elements such as typical manufacturing process flows, parameters and resources is built and can be matched, reused or consulted when designing processes for new products; data exchange and concurrent collaboration between process design and production systems.</translation>
        </message>
        <message>
            <source>4级：建立数据模型，基于质量、成本等数据运用三维仿真等技术实现对于工艺设计的模拟仿真、迭代优化。</source>
            <translation>Level 4: Data models are built, and 3D simulation and similar techniques are used with quality, cost and other data to simulate and iteratively optimise process design.</translation>
        </message>
        <message>
            <source>产品生命周期数字化·营销管理：对照各等级要求，选择企业已全面达到的最高等级；高等级以达到低等级要求为前提。没有开展该项业务或尚未达到一级时选“尚未达到一级要求”。第三方资料称本场景为“约束性场景”，综合等级估算按此计数；官方文件尚未核对。</source>
            <translation>Product lifecycle digitalisation · Marketing management: Compare with the requirements of each level and choose the highest level the enterprise fully meets; a higher level requires the lower levels' requirements to be met. If the enterprise does not carry out this activity, or has not yet reached Level 1, choose "Level 1 requirements not yet met". Third-party sources call this a "binding scenario", and the overall level estimate counts it as one; not yet checked against the official documents.</translation>
        </message>
        <message>
            <source>1级：借助信息技术工具（如电子表格、云存储等）对销售信息（如销售计划、销售订单、销售运行、客户信息或销售业绩等）进行辅助记录和管理。</source>
            <translation>Level 1: IT tools (e.g. spreadsheets, cloud storage) help record and manage sales information (e.g. sales plans, sales orders, sales operations, customer information or sales performance).</translation>
        </message>
        <message>
            <source>2级：使用信息化系统对营销信息（如销售计划、销售订单、销售运行、客户信息或销售业绩等）进行规范化管理。</source>
            <translation>Level 2: Marketing information (e.g. sales plans, sales orders, sales operations, customer information or sales performance) is managed in a standardised way in an IT system.</translation>
        </message>
        <message>
            <source>3级：基于销售信息化系统实现对营销信息（如销售计划、销售订单、销售运行、客户信息或销售业绩等）的实时管控，实现销售信息化系统与生产、库存、财务等系统的数字化协同。</source>
            <translation>Level 3: A sales IT system gives real-time control of marketing information (e.g. sales plans, sales orders, sales operations, customer information or sales performance) and works digitally with production, inventory, finance and other systems.</translation>
        </message>
        <message>
            <source>4级：使用人工智能等前沿技术，实现销售、财务、生产、供应链之间的数字化协同，实现实时销售预测，并自动或半自动制定采购、生产、物流等计划或方案，不断提升柔性化制造水平。</source>
            <translation>Level 4: AI and other advanced technologies link sales, finance, production and the supply chain digitally, giving real-time sales forecasts and drawing up procurement, production, logistics and other plans automatically or semi-automatically, steadily improving flexible manufacturing.</translation>
        </message>
        <message>
            <source>产品生命周期数字化·售后服务：对照各等级要求，选择企业已全面达到的最高等级；高等级以达到低等级要求为前提。没有开展该项业务或尚未达到一级时选“尚未达到一级要求”。</source>
            <translation>Product lifecycle digitalisation · After-sales service: Compare with the requirements of each level and choose the highest level the enterprise fully meets; a higher level requires the lower levels' requirements to be met. If the enterprise does not carry out this activity, or has not yet reached Level 1, choose "Level 1 requirements not yet met".</translation>
        </message>
        <message>
            <source>1级：运用信息技术工具（如小程序、APP等）对售后服务流程进行辅助管理。</source>
            <translation>Level 1: IT tools (e.g. mini-programs, apps) help manage the after-sales service process.</translation>
        </message>
        <message>
            <source>2级：运用信息化系统实现售后服务流程的数字化、规范化管理，并与设计、工艺、生产、销售部门进行信息共享。</source>
            <translation>Level 2: The after-sales service process is managed digitally and in a standardised way in an IT system, with information shared with the design, process, production and sales departments.</translation>
        </message>
        <message>
            <source>3级：建立售后问题清单，实现售后问题的快速响应，并能够指导产品设计、工艺优化，实现售后服务与财务、质量等的系统的数字化协同（如供应商索赔、本厂质量考核账务处理等）。</source>
            <translation>Level 3: A list of after-sales issues is kept; issues get a fast response and guide product design and process optimisation; after-sales service works digitally with finance, quality and other systems (e.g. supplier claims, accounting for in-house quality assessments).</translation>
        </message>
        <message>
            <source>4级：基于信息系统实现面向客户的精细化管理（如远程运维、主动式客户服务等内容）； 或建立客户服务数据模型，实现满足客户需求的精准服务。</source>
            <translation>Level 4: Refined customer-facing management based on information systems (e.g. remote operation and maintenance, proactive customer service); or a customer service data model delivers precise services that meet customer needs.</translation>
        </message>
        <message>
            <source>生产执行数字化·计划排程：对照各等级要求，选择企业已全面达到的最高等级；高等级以达到低等级要求为前提。没有开展该项业务或尚未达到一级时选“尚未达到一级要求”。</source>
            <translation>Production execution digitalisation · Planning and scheduling: Compare with the requirements of each level and choose the highest level the enterprise fully meets; a higher level requires the lower levels' requirements to be met. If the enterprise does not carry out this activity, or has not yet reached Level 1, choose "Level 1 requirements not yet met".</translation>
        </message>
        <message>
            <source>1级：应用信息技术工具（如电子表格、云存储等）辅助人工编制生产计划。</source>
            <translation>Level 1: IT tools (e.g. spreadsheets, cloud storage) help staff draw up production plans by hand.</translation>
        </message>
        <message>
            <source>2级：应用信息化系统辅助生成生产计划，基于生产计划进行生产准备检查（如物料、设备等），实现规范化管理。</source>
            <translation>Level 2: An IT system helps generate production plans, and production readiness (e.g. materials, equipment) is checked against the plan, with standardised management.</translation>
        </message>
        <message>
            <source>3级：应用信息化系统实现基于物料安全库存、销售订单、采购提前期、生产交期等多约束条件自动生成生产计划，并实现生产计划的下达与执行。</source>
            <translation>Level 3: An IT system generates production plans automatically from multiple constraints such as material safety stock, sales orders, purchasing lead times and delivery dates, and releases the plans and tracks their execution.</translation>
        </message>
        <message>
            <source>4级：运用人工智能等前沿技术，建立生产排产与调度算法模型，实现自动给出满足多种约束条件的优化排产方案，形成优化的详细生产作业计划，生产情况实时监测，提前处理生产过程中的波动和风险，实现动态实时的生产排产和调度。</source>
            <translation>Level 4: AI and other advanced technologies are used to build production scheduling and dispatching algorithm models that automatically propose optimised schedules meeting multiple constraints and produce optimised detailed production work plans; production is monitored in real time, fluctuations and risks are handled in advance, and scheduling and dispatching are dynamic and real-time.</translation>
        </message>
        <message>
            <source>生产执行数字化</source>
            <translation>Production execution digitalisation</translation>
        </message>
        <message>
            <source>生产执行数字化·生产管控：对照各等级要求，选择企业已全面达到的最高等级；高等级以达到低等级要求为前提。没有开展该项业务或尚未达到一级时选“尚未达到一级要求”。第三方资料称本场景为“约束性场景”，综合等级估算按此计数；官方文件尚未核对。</source>
            <translation>Production execution digitalisation · Production control: Compare with the requirements of each level and choose the highest level the enterprise fully meets; a higher level requires the lower levels' requirements to be met. If the enterprise does not carry out this activity, or has not yet reached Level 1, choose "Level 1 requirements not yet met". Third-party sources call this a "binding scenario", and the overall level estimate counts it as one; not yet checked against the official documents.</translation>
        </message>
        <message>
            <source>1级：应用信息技术工具（如电子表格、云存储等）辅助人工进行生产工单数据的记录。</source>
            <translation>Level 1: IT tools (e.g. spreadsheets, cloud storage) help staff record production work order data.</translation>
        </message>
        <message>
            <source>2级：应用信息化系统实现生产工单信息（如生产工单进度、产量、物料领用/耗用等）录入、跟踪，实现规范化管理。</source>
            <translation>Level 2: An IT system records and tracks work order information (e.g. work order progress, output, material issue/consumption), with standardised management.</translation>
        </message>
        <message>
            <source>3级：应用信息化系统对生产工单信息、工艺参数进行数据采集，实现对生产过程中工单、物料、设备等的管控，实现信息化系统与其他系统（如生产计划、质量或设备等）的协同，实现数据共享。</source>
            <translation>Level 3: An IT system collects work order information and process parameters, controls work orders, materials, equipment, etc. in production, and works with other systems (e.g. production planning, quality or equipment), sharing data.</translation>
        </message>
        <message>
            <source>4级：运用人工智能等前沿技术建立生产运行监测预警算法模型，实现对生产过程中工艺参数、设备状态、生产过程等生产作业数据的在线分析与实时监测预警，并驱动生产过程的迭代优化与闭环管控，不断优化生产管理。</source>
            <translation>Level 4: AI and other advanced technologies are used to build algorithm models for monitoring and early warning of production operations, giving online analysis, real-time monitoring and warnings on production data such as process parameters, equipment status and the production process, and driving iterative optimisation and closed-loop control of production to keep improving production management.</translation>
        </message>
        <message>
            <source>生产执行数字化·质量管理：对照各等级要求，选择企业已全面达到的最高等级；高等级以达到低等级要求为前提。没有开展该项业务或尚未达到一级时选“尚未达到一级要求”。第三方资料称本场景为“约束性场景”，综合等级估算按此计数；官方文件尚未核对。</source>
            <translation>Production execution digitalisation · Quality management: Compare with the requirements of each level and choose the highest level the enterprise fully meets; a higher level requires the lower levels' requirements to be met. If the enterprise does not carry out this activity, or has not yet reached Level 1, choose "Level 1 requirements not yet met". Third-party sources call this a "binding scenario", and the overall level estimate counts it as one; not yet checked against the official documents.</translation>
        </message>
        <message>
            <source>1级：应用信息技术工具（如电子表格、云存储等）辅助开展产品质量信息的管理。</source>
            <translation>Level 1: IT tools (e.g. spreadsheets, cloud storage) help manage product quality information.</translation>
        </message>
        <message>
            <source>2级：实现生产过程质量数据的数字化采集录入、统计与管理，基于信息化系统实现质量管理流程的规范化管理。</source>
            <translation>Level 2: Quality data from production is collected, entered, compiled and managed digitally, and the quality management process is managed in a standardised way in an IT system.</translation>
        </message>
        <message>
            <source>3级：应用数字化检测设备及信息化系统实现关键工序质量检测，自动对检测结果判断和报警；或应用信息化系统实现对原材料、半成品、成品质量可追溯。</source>
            <translation>Level 3: Digital inspection equipment and IT systems inspect quality at key processes and automatically judge results and raise alarms; or an IT system makes the quality of raw materials, semi-finished and finished products traceable.</translation>
        </message>
        <message>
            <source>4级：应用前沿技术（如视觉质检）开展产品质量检测，提升检测效率和检测水平，开展产业链上下游质量数据跨企业共享； 或构建产品质量管理模型，实现产品质量影响因素识别及缺陷预测性分析。</source>
            <translation>Level 4: Advanced technologies (e.g. machine-vision inspection) are used for product quality inspection, raising inspection efficiency and capability, and quality data is shared with other enterprises up and down the industrial chain; or a product quality management model identifies the factors affecting quality and predicts defects.</translation>
        </message>
        <message>
            <source>生产执行数字化·设备管理：对照各等级要求，选择企业已全面达到的最高等级；高等级以达到低等级要求为前提。没有开展该项业务或尚未达到一级时选“尚未达到一级要求”。第三方资料称本场景为“约束性场景”，综合等级估算按此计数；官方文件尚未核对。</source>
            <translation>Production execution digitalisation · Equipment management: Compare with the requirements of each level and choose the highest level the enterprise fully meets; a higher level requires the lower levels' requirements to be met. If the enterprise does not carry out this activity, or has not yet reached Level 1, choose "Level 1 requirements not yet met". Third-party sources call this a "binding scenario", and the overall level estimate counts it as one; not yet checked against the official documents.</translation>
        </message>
        <message>
            <source>1级：通过人工或手持仪器开展设备点巡检，并应用信息技术工具辅助制定设备管理台账。</source>
            <translation>Level 1: Equipment spot checks and inspection rounds are done manually or with handheld instruments, and IT tools help keep the equipment ledger.</translation>
        </message>
        <message>
            <source>2级：通过信息技术手段制定设备维护计划，开展设备点巡检、维护保养等功能，实现设备的规范化管理。</source>
            <translation>Level 2: IT is used to draw up equipment maintenance plans and to carry out spot checks, inspection rounds, maintenance and servicing, with standardised equipment management.</translation>
        </message>
        <message>
            <source>3级：基于信息化系统实现设备关键运行参数数据的实时采集、故障分析和远程诊断，并依据设备关键运行参数等，实现设备综合效率（OEE）统计。</source>
            <translation>Level 3: An IT system collects key equipment operating parameters in real time, analyses faults and diagnoses remotely, and calculates overall equipment effectiveness (OEE) from the key operating parameters.</translation>
        </message>
        <message>
            <source>4级：建立设备运行模型和设备故障知识库，实现设备故障自动预警及自动制定预测维护解决方案，并基于设备综合效率的分析等驱动工艺优化和生产作业计划优化。</source>
            <translation>Level 4: Equipment operation models and an equipment fault knowledge base are built, giving automatic fault warnings and automatically drawn-up predictive maintenance solutions; analysis of OEE and other data drives optimisation of processes and production work plans.</translation>
        </message>
        <message>
            <source>生产执行数字化·安全生产：对照各等级要求，选择企业已全面达到的最高等级；高等级以达到低等级要求为前提。没有开展该项业务或尚未达到一级时选“尚未达到一级要求”。第三方资料称本场景为“约束性场景”，综合等级估算按此计数；官方文件尚未核对。</source>
            <translation>Production execution digitalisation · Production safety: Compare with the requirements of each level and choose the highest level the enterprise fully meets; a higher level requires the lower levels' requirements to be met. If the enterprise does not carry out this activity, or has not yet reached Level 1, choose "Level 1 requirements not yet met". Third-party sources call this a "binding scenario", and the overall level estimate counts it as one; not yet checked against the official documents.</translation>
        </message>
        <message>
            <source>1级：应用信息技术工具辅助开展车间安全生产规范的制定及管理。</source>
            <translation>Level 1: IT tools help draw up and manage the workshop's production safety rules.</translation>
        </message>
        <message>
            <source>2级：应用信息技术手段实现安全作业规范化管理，开展安全风险数据、重大危险源等在线监测。</source>
            <translation>Level 2: IT is used for standardised management of safe operations and for online monitoring of safety risk data, major hazard sources, etc.</translation>
        </message>
        <message>
            <source>3级：实现危险废物存储、运输的全流程信息化管理，实现安全生产风险实时报警，建立安全应急预案，实现安全事故处理与相关部门及时协同。</source>
            <translation>Level 3: Storage and transport of hazardous waste are managed in IT systems end to end; production safety risks trigger real-time alarms; safety emergency plans are in place; and safety incidents are handled in timely coordination with the relevant departments.</translation>
        </message>
        <message>
            <source>4级：基于安全作业、风险管控等数据的分析及建模，实现危险源的预防性管理、自动预警及响应处理。</source>
            <translation>Level 4: Analysis and modelling of data on safe operations, risk control, etc. enable preventive management of hazard sources, automatic warnings and response.</translation>
        </message>
        <message>
            <source>生产执行数字化·能耗管理：对照各等级要求，选择企业已全面达到的最高等级；高等级以达到低等级要求为前提。没有开展该项业务或尚未达到一级时选“尚未达到一级要求”。第三方资料称本场景为“约束性场景”，综合等级估算按此计数；官方文件尚未核对。</source>
            <translation>Production execution digitalisation · Energy management: Compare with the requirements of each level and choose the highest level the enterprise fully meets; a higher level requires the lower levels' requirements to be met. If the enterprise does not carry out this activity, or has not yet reached Level 1, choose "Level 1 requirements not yet met". Third-party sources call this a "binding scenario", and the overall level estimate counts it as one; not yet checked against the official documents.</translation>
        </message>
        <message>
            <source>1级：应用信息技术工具（如电子表格、云存储等）辅助人工进行能耗数据记录。</source>
            <translation>Level 1: IT tools (e.g. spreadsheets, cloud storage) help staff record energy consumption data.</translation>
        </message>
        <message>
            <source>2级：应用信息化系统收集和管理水、电、气、液等能耗数据，实现基于能耗数据的统计分析，实现规范化管理。</source>
            <translation>Level 2: An IT system collects and manages consumption data for water, electricity, gas, liquids, etc., with statistical analysis of that data and standardised management.</translation>
        </message>
        <message>
            <source>3级：应用信息化系统或平台，实时采集和管理水、电、气、液以及影响设备能耗的关键数据，实现设备能耗的监测分析与相关部门协同管控优化。</source>
            <translation>Level 3: An IT system or platform collects and manages, in real time, water, electricity, gas and liquid data and the key data affecting equipment energy use; equipment energy use is monitored and analysed, and the relevant departments work together to control and optimise it.</translation>
        </message>
        <message>
            <source>4级：建立设备能耗监测与优化算法模型，实现设备能耗实时监测、能源转化效率分析、未来能耗预测及能源优化调度等。</source>
            <translation>Level 4: Algorithm models for monitoring and optimising equipment energy use are built, giving real-time monitoring of equipment energy use, analysis of energy conversion efficiency, forecasts of future energy use, optimised energy dispatching, etc.</translation>
        </message>
        <message>
            <source>供应链数字化·采购管理：对照各等级要求，选择企业已全面达到的最高等级；高等级以达到低等级要求为前提。没有开展该项业务或尚未达到一级时选“尚未达到一级要求”。第三方资料称本场景为“约束性场景”，综合等级估算按此计数；官方文件尚未核对。</source>
            <translation>Supply chain digitalisation · Procurement: Compare with the requirements of each level and choose the highest level the enterprise fully meets; a higher level requires the lower levels' requirements to be met. If the enterprise does not carry out this activity, or has not yet reached Level 1, choose "Level 1 requirements not yet met". Third-party sources call this a "binding scenario", and the overall level estimate counts it as one; not yet checked against the official documents.</translation>
        </message>
        <message>
            <source>1级：借助信息技术工具（如电子表格、云存储等），辅助记录采购订单信息和采购过程信息。</source>
            <translation>Level 1: IT tools (e.g. spreadsheets, cloud storage) help record purchase order and purchasing process information.</translation>
        </message>
        <message>
            <source>2级：应用信息化系统对采购管理信息（如采购需求、采购订单、采购过程或供应商等）进行规范化管理。</source>
            <translation>Level 2: Procurement information (e.g. purchase requirements, purchase orders, purchasing process or suppliers) is managed in a standardised way in an IT system.</translation>
        </message>
        <message>
            <source>3级：实现供应商管理、询报比价、采购计划、采购执行的全过程管理，实现应用采购信息化系统与生产、仓储、财务等信息化系统的数字化协同。</source>
            <translation>Level 3: End-to-end management of suppliers, requests for quotation and price comparison, purchase planning and purchase execution; the procurement IT system works digitally with production, warehousing, finance and other IT systems.</translation>
        </message>
        <message>
            <source>4级：运用人工智能等前沿技术，实现采购与内外部供应链之间的数字化协同，并实现供应链风险预警预测，动态优化采购策略和方案。</source>
            <translation>Level 4: AI and other advanced technologies link procurement digitally with the internal and external supply chain, give early warning and forecasts of supply chain risks, and optimise purchasing strategies and plans dynamically.</translation>
        </message>
        <message>
            <source>供应链数字化</source>
            <translation>Supply chain digitalisation</translation>
        </message>
        <message>
            <source>供应链数字化·仓储物流：对照各等级要求，选择企业已全面达到的最高等级；高等级以达到低等级要求为前提。没有开展该项业务或尚未达到一级时选“尚未达到一级要求”。第三方资料称本场景为“约束性场景”，综合等级估算按此计数；官方文件尚未核对。</source>
            <translation>Supply chain digitalisation · Warehousing and logistics: Compare with the requirements of each level and choose the highest level the enterprise fully meets; a higher level requires the lower levels' requirements to be met. If the enterprise does not carry out this activity, or has not yet reached Level 1, choose "Level 1 requirements not yet met". Third-party sources call this a "binding scenario", and the overall level estimate counts it as one; not yet checked against the official documents.</translation>
        </message>
        <message>
            <source>1级：使用信息技术工具（如电子表格、云存储等）辅助记录出入库信息，实现对库存数据的采集管理。</source>
            <translation>Level 1: IT tools (e.g. spreadsheets, cloud storage) help record goods in and out, so that inventory data is collected and managed.</translation>
        </message>
        <message>
            <source>2级：使用信息化系统，对物料、成品、半成品、耗材等出入库、库存等数据信息进行统计，实现规范化管理。</source>
            <translation>Level 2: An IT system compiles data on goods in and out and stock of materials, finished and semi-finished products, consumables, etc., with standardised management.</translation>
        </message>
        <message>
            <source>3级：实现仓储管理信息化系统与生产、采购、财务等信息化系统的数字化协同。</source>
            <translation>Level 3: The warehouse management IT system works digitally with production, procurement, finance and other IT systems.</translation>
        </message>
        <message>
            <source>4级：使用人工智能等前沿技术，实现仓储物流与供应商库存或客户生产计划间的数字化协同，并能够自动实现物流计划的自动制定实施或厂内物料自动配送； 或按照产供销状况，实现智能仓储（如智能预测库存需求，自动调整库存补货策略等）及厂外智能物流（物流监测与策略优化）。</source>
            <translation>Level 4: AI and other advanced technologies link warehousing and logistics digitally with supplier inventories or customer production plans, automatically drawing up and carrying out logistics plans or delivering materials within the plant automatically; or, based on production, supply and sales, smart warehousing (e.g. predicting inventory needs and adjusting replenishment strategies automatically) and smart logistics outside the plant (logistics monitoring and strategy optimisation).</translation>
        </message>
        <message>
            <source>管理决策数字化·财务管理：对照各等级要求，选择企业已全面达到的最高等级；高等级以达到低等级要求为前提。没有开展该项业务或尚未达到一级时选“尚未达到一级要求”。第三方资料称本场景为“约束性场景”，综合等级估算按此计数；官方文件尚未核对。</source>
            <translation>Management and decision-making digitalisation · Financial management: Compare with the requirements of each level and choose the highest level the enterprise fully meets; a higher level requires the lower levels' requirements to be met. If the enterprise does not carry out this activity, or has not yet reached Level 1, choose "Level 1 requirements not yet met". Third-party sources call this a "binding scenario", and the overall level estimate counts it as one; not yet checked against the official documents.</translation>
        </message>
        <message>
            <source>1级：使用信息化系统辅助实现日常财务记录，基本的总账管理和财务报表生成（如资产负债表、利润表、现金流量表）。</source>
            <translation>Level 1: An IT system helps with day-to-day financial records, basic general ledger management and financial statements (e.g. balance sheet, income statement, cash flow statement).</translation>
        </message>
        <message>
            <source>2级：使用信息化系统，实现总账、往来、存货、固定资产、出纳等与财务会计核算的协同，对财务实现规范化管理。</source>
            <translation>Level 2: An IT system links the general ledger, receivables and payables, inventory, fixed assets, cashier, etc. with financial accounting, with standardised financial management.</translation>
        </message>
        <message>
            <source>3级：实现业务数据与财务管理的协同，能支持企业的管理会计核算，实现通过财务的分析辅助决策，帮助企业快速掌握资产、负债、收入、成本、盈利能力等变动和使用情况，实现资产的优化配置和利用。</source>
            <translation>Level 3: Business data and financial management work together, supporting management accounting; financial analysis supports decisions, helping the enterprise quickly see changes in and use of assets, liabilities, revenue, costs, profitability, etc., and optimise the allocation and use of assets.</translation>
        </message>
        <message>
            <source>4级：实现企业内外部协同，实现企业财务管理全面智能化和数据驱动，并实现对企业未来的财务状况进行预测、规划和风险评估。</source>
            <translation>Level 4: Internal and external collaboration; financial management is fully intelligent and data-driven, with forecasting, planning and risk assessment of the enterprise's future financial position.</translation>
        </message>
        <message>
            <source>管理决策数字化</source>
            <translation>Management and decision-making digitalisation</translation>
        </message>
        <message>
            <source>管理决策数字化·人力资源：对照各等级要求，选择企业已全面达到的最高等级；高等级以达到低等级要求为前提。没有开展该项业务或尚未达到一级时选“尚未达到一级要求”。</source>
            <translation>Management and decision-making digitalisation · Human resources: Compare with the requirements of each level and choose the highest level the enterprise fully meets; a higher level requires the lower levels' requirements to be met. If the enterprise does not carry out this activity, or has not yet reached Level 1, choose "Level 1 requirements not yet met".</translation>
        </message>
        <message>
            <source>1级：采用信息技术工具（如电子表格、云存储等），辅助实现员工、流程的信息记录。</source>
            <translation>Level 1: IT tools (e.g. spreadsheets, cloud storage) help record information on employees and processes.</translation>
        </message>
        <message>
            <source>2级：基于信息化系统实现对考勤和薪酬福利等核心流程的规范化管理。</source>
            <translation>Level 2: Core processes such as attendance, pay and benefits are managed in a standardised way in an IT system.</translation>
        </message>
        <message>
            <source>3级：利用人力资源数据分析工具进行关键指标分析，数据驱动人力资源战略规划和决策制定。</source>
            <translation>Level 3: HR data analysis tools are used to analyse key indicators; data drives HR strategic planning and decisions.</translation>
        </message>
        <message>
            <source>4级：应用人工智能等前沿技术，实现个性化绩效管理、智能招聘与人才画像、个性化的培训和发展计划，支持战略性人才管理。</source>
            <translation>Level 4: AI and other advanced technologies enable personalised performance management, smart recruitment and talent profiles, and personalised training and development plans, supporting strategic talent management.</translation>
        </message>
        <message>
            <source>协同办公</source>
            <translation>Office collaboration</translation>
        </message>
        <message>
            <source>管理决策数字化·协同办公：对照各等级要求，选择企业已全面达到的最高等级；高等级以达到低等级要求为前提。没有开展该项业务或尚未达到一级时选“尚未达到一级要求”。</source>
            <translation>Management and decision-making digitalisation · Office collaboration: Compare with the requirements of each level and choose the highest level the enterprise fully meets; a higher level requires the lower levels' requirements to be met. If the enterprise does not carry out this activity, or has not yet reached Level 1, choose "Level 1 requirements not yet met".</translation>
        </message>
        <message>
            <source>1级：应用信息技术工具（如电子邮件或文档共享服务等通讯工具）辅助日常沟通和简单的信息共享文档处理。</source>
            <translation>Level 1: IT tools (e.g. communication tools such as email or document sharing services) support day-to-day communication and simple information sharing and document handling.</translation>
        </message>
        <message>
            <source>2级：部署具有更丰富功能的协同平台或办公软件，实现日常业务（如请假、报销、审批、通知、公告或新闻等）流程的数字化。</source>
            <translation>Level 2: A collaboration platform or office software with richer functions is deployed, digitalising day-to-day processes (e.g. leave, expense claims, approvals, notices, announcements or news).</translation>
        </message>
        <message>
            <source>3级：应用协同平台实现与财务、采购、生产、项目管理等专业业务管理系统集成，实现数据共享和业务流程的无缝对接，且利用移动工具，提升跨部门协作效率和响应速度。</source>
            <translation>Level 3: The collaboration platform is integrated with specialised business systems for finance, procurement, production, project management, etc., sharing data and linking business processes seamlessly; mobile tools improve cross-department collaboration and response speed.</translation>
        </message>
        <message>
            <source>4级：应用人工智能等前沿技术实现内部、外部数据的协同，在自动问答、智能推荐、智能预测分析和自适应工作流程等办公场景，组织员工在高度互联和智能化环境中实现无缝协作办公。</source>
            <translation>Level 4: AI and other advanced technologies connect internal and external data; in office scenarios such as automatic Q&amp;A, smart recommendations, smart predictive analysis and adaptive workflows, staff work together seamlessly in a highly connected, intelligent environment.</translation>
        </message>
        <message>
            <source>决策支持</source>
            <translation>Decision support</translation>
        </message>
        <message>
            <source>管理决策数字化·决策支持：对照各等级要求，选择企业已全面达到的最高等级；高等级以达到低等级要求为前提。没有开展该项业务或尚未达到一级时选“尚未达到一级要求”。</source>
            <translation>Management and decision-making digitalisation · Decision support: Compare with the requirements of each level and choose the highest level the enterprise fully meets; a higher level requires the lower levels' requirements to be met. If the enterprise does not carry out this activity, or has not yet reached Level 1, choose "Level 1 requirements not yet met".</translation>
        </message>
        <message>
            <source>1级：运用信息技术工具辅助收集企业生产经营过程基本数据，为管理者提供简单的决策建议或方向。</source>
            <translation>Level 1: IT tools help collect basic data on production and operations, giving managers simple decision suggestions or directions.</translation>
        </message>
        <message>
            <source>2级：运用信息化系统，整合关键业务环节的数据，使用业务关联分析和决策支持工具，提供直观的可视化数据。</source>
            <translation>Level 2: An IT system integrates data from key business areas and uses business correlation analysis and decision support tools to present the data visually.</translation>
        </message>
        <message>
            <source>3级：利用数据驱动平台针对特定业务场景（如工艺设计、报价策略、生产计划、变更管理等）实施数据模拟与效能优化，助力决策者精准评估并采纳最佳实践方案。</source>
            <translation>Level 3: A data-driven platform runs data simulation and performance optimisation for specific business scenarios (e.g. process design, pricing strategy, production planning, change management), helping decision-makers assess accurately and adopt best-practice solutions.</translation>
        </message>
        <message>
            <source>4级：运用人工智能等前沿技术整合企业内外部数据，构建智能化的预测、预警和决策模型，辅助管理层或业务人员进行智能化流程决策，挖掘数据背后的深层次规律和价值。</source>
            <translation>Level 4: AI and other advanced technologies integrate internal and external data to build intelligent forecasting, warning and decision models, helping managers or business staff make intelligent process decisions and uncover the deeper patterns and value behind the data.</translation>
        </message>
        <message>
            <source>综合等级是按第三方资料整理的判定规则自行估算的结果，不是官方评定：该规则是第三方对2024年版评测规则的解读，尚未与官方文件逐条核对。按该解读（合计指基础+管理+成效得分）：一级须合计不低于20分，且至少6个场景达到1级（其中约束性场景至少3个）；二级须合计不低于40分，且至少6个场景达到2级（其中约束性场景至少3个）；三级须合计不低于60分，且至少8个场景达到3级（其中约束性场景至少5个）；四级须合计不低于80分，且至少10个场景达到4级（其中约束性场景至少6个）。一级是否也有场景条件、约束性场景共几个（评测系统数据的场景类型标记为10个，另有资料称9个）尚未核实。正式等级以工业和信息化部优质中小企业梯度培育平台的评测结果为准。</source>
            <translation>The overall level is an estimate made with a rule compiled from third-party sources, not an official rating: the rule is a third party's reading of the 2024 assessment rules and has not been checked item by item against the official documents. Under that reading (total = foundations + management + outcomes points): Level 1 requires a total of at least 20 points and at least 6 scenarios at Level 1 (at least 3 of them binding scenarios); Level 2 at least 40 points and at least 6 scenarios at Level 2 (at least 3 binding); Level 3 at least 60 points and at least 8 scenarios at Level 3 (at least 5 binding); Level 4 at least 80 points and at least 10 scenarios at Level 4 (at least 6 binding). Not yet verified: whether Level 1 also has a scenario condition, and how many binding scenarios there are (the assessment system's data marks 10 scenarios with that type; another source says 9). The official level is the assessment result on MIIT's platform for the tiered cultivation of high-quality SMEs.</translation>
        </message>
        <message>
            <source>未达到一级</source>
            <translation>Below Level 1</translation>
        </message>
        <message>
            <source>四级</source>
            <translation>Level 4</translation>
        </message>
        <message>
            <source>三级</source>
            <translation>Level 3</translation>
        </message>
        <message>
            <source>二级</source>
            <translation>Level 2</translation>
        </message>
        <message>
            <source>一级</source>
            <translation>Level 1</translation>
        </message>
        <message>
            <source>“生产设备数字化率”选择了 {chosen}，但按填写的数量计算为 {rate}，应选 {expected}。请改正选择，或核对下方填写的设备数量。</source>
            <translation>"Equipment digitalisation rate" is set to {chosen}, but the numbers entered give {rate}, so {expected} should be chosen. Correct the choice, or check the equipment numbers entered below.</translation>
        </message>
        <message>
            <source>题面：设备数字化率 = 数字化生产设备数量 ÷ 生产设备总数量 × 100%。</source>
            <translation>From the question: equipment digitalisation rate = digitalised production equipment ÷ total production equipment × 100%.</translation>
        </message>
        <message>
            <source>“生产设备联网率”选择了 {chosen}，但按填写的数量计算为 {rate}，应选 {expected}。请改正选择，或核对下方填写的设备数量。</source>
            <translation>"Equipment networking rate" is set to {chosen}, but the numbers entered give {rate}, so {expected} should be chosen. Correct the choice, or check the equipment numbers entered below.</translation>
        </message>
        <message>
            <source>题面：设备联网率 = 实现联网的生产设备数量 ÷ 生产设备总数量 × 100%。</source>
            <translation>From the question: equipment networking rate = networked production equipment ÷ total production equipment × 100%.</translation>
        </message>
        <message>
            <source>人均营业收入选择了“{chosen}”，但按填写的营业收入和员工人数计算，上年比前年{change}，应为“{expected}”。请改正选择，或核对下方的数字。</source>
            <translation>Revenue per employee is set to "{chosen}", but from the revenue and employee numbers entered, last year changed by {change} on the year before, so it should be "{expected}". Correct the choice, or check the figures below.</translation>
        </message>
        <message>
            <source>按本题题面的计算方法，用下方填写的两年数字核对；变化不超过1%视为持平（自评口径）。</source>
            <translation>Checked with the two years' figures entered below, using this question's calculation; a change of no more than 1% counts as unchanged (self-assessment definition).</translation>
        </message>
        <message>
            <source>人均营业收入选择了“{chosen}”，但填写的上年营业收入比前年{change}。人均营业收入 = 营业收入 ÷ 员工人数：请填写两年的员工人数以便核对，或改正选择。</source>
            <translation>Revenue per employee is set to "{chosen}", but the revenue entered for last year changed by {change} on the year before. Revenue per employee = revenue ÷ number of employees: enter the number of employees for both years so it can be checked, or correct the choice.</translation>
        </message>
        <message>
            <source>每百元营业收入中的成本选择了“{chosen}”，但按填写的成本和营业收入计算，上年比前年{change}，应为“{expected}”。请改正选择，或核对填写的数字。</source>
            <translation>Cost per CNY 100 of revenue is set to "{chosen}", but from the cost and revenue entered, last year changed by {change} on the year before, so it should be "{expected}". Correct the choice, or check the figures entered.</translation>
        </message>
        <message>
            <source>每百元营业收入综合能源消费量选择了“{chosen}”，但按填写的能耗和营业收入计算，上年比前年{change}。本题比较数字化改造前后，若改造不在这两年之间可不改动，否则请核对。</source>
            <translation>Comprehensive energy consumption per CNY 100 of revenue is set to "{chosen}", but from the energy consumption and revenue entered, last year changed by {change} on the year before. This question compares before and after the digital upgrade: if the upgrade did not happen between these two years you may leave it; otherwise please check.</translation>
        </message>
        <message>
            <source>题面比较改造前后，下方数字为上年与前年，只作参考核对（自评口径）。</source>
            <translation>The question compares before and after the upgrade; the figures below are for last year and the year before, and serve only as a reference check (self-assessment definition).</translation>
        </message>
    </context>
</TS>
