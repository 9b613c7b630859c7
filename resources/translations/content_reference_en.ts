<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>content</name>
        <message>
            <source>GB/T 4754-2017 国民经济行业分类（含第1号修改单）</source>
            <translation>GB/T 4754-2017 Industrial classification for national economic activities (incl. Amendment No. 1)</translation>
        </message>
        <message>
            <source>农副食品加工业</source>
            <translation>Processing of food from agricultural products</translation>
        </message>
        <message>
            <source>食品制造业</source>
            <translation>Manufacture of food products</translation>
        </message>
        <message>
            <source>酒、饮料和精制茶制造业</source>
            <translation>Manufacture of liquor, beverages and refined tea</translation>
        </message>
        <message>
            <source>烟草制品业</source>
            <translation>Manufacture of tobacco products</translation>
        </message>
        <message>
            <source>纺织业</source>
            <translation>Manufacture of textiles</translation>
        </message>
        <message>
            <source>纺织服装、服饰业</source>
            <translation>Manufacture of textile garments and apparel</translation>
        </message>
        <message>
            <source>皮革、毛皮、羽毛及其制品和制鞋业</source>
            <translation>Manufacture of leather, fur, feather and related products, and footwear</translation>
        </message>
        <message>
            <source>木材加工和木、竹、藤、棕、草制品业</source>
            <translation>Processing of timber; manufacture of wood, bamboo, rattan, palm and straw products</translation>
        </message>
        <message>
            <source>家具制造业</source>
            <translation>Manufacture of furniture</translation>
        </message>
        <message>
            <source>造纸和纸制品业</source>
            <translation>Manufacture of paper and paper products</translation>
        </message>
        <message>
            <source>印刷和记录媒介复制业</source>
            <translation>Printing and reproduction of recorded media</translation>
        </message>
        <message>
            <source>文教、工美、体育和娱乐用品制造业</source>
            <translation>Manufacture of articles for culture, education, arts and crafts, sport and entertainment</translation>
        </message>
        <message>
            <source>石油、煤炭及其他燃料加工业</source>
            <translation>Processing of petroleum, coal and other fuels</translation>
        </message>
        <message>
            <source>化学原料和化学制品制造业</source>
            <translation>Manufacture of chemical raw materials and chemical products</translation>
        </message>
        <message>
            <source>医药制造业</source>
            <translation>Manufacture of medicines</translation>
        </message>
        <message>
            <source>化学纤维制造业</source>
            <translation>Manufacture of chemical fibres</translation>
        </message>
        <message>
            <source>橡胶和塑料制品业</source>
            <translation>Manufacture of rubber and plastic products</translation>
        </message>
        <message>
            <source>非金属矿物制品业</source>
            <translation>Manufacture of non-metallic mineral products</translation>
        </message>
        <message>
            <source>黑色金属冶炼和压延加工业</source>
            <translation>Smelting and pressing of ferrous metals</translation>
        </message>
        <message>
            <source>有色金属冶炼和压延加工业</source>
            <translation>Smelting and pressing of non-ferrous metals</translation>
        </message>
        <message>
            <source>金属制品业</source>
            <translation>Manufacture of metal products</translation>
        </message>
        <message>
            <source>通用设备制造业</source>
            <translation>Manufacture of general-purpose machinery</translation>
        </message>
        <message>
            <source>专用设备制造业</source>
            <translation>Manufacture of special-purpose machinery</translation>
        </message>
        <message>
            <source>汽车制造业</source>
            <translation>Manufacture of automobiles</translation>
        </message>
        <message>
            <source>铁路、船舶、航空航天和其他运输设备制造业</source>
            <translation>Manufacture of railway, ship, aerospace and other transport equipment</translation>
        </message>
        <message>
            <source>电气机械和器材制造业</source>
            <translation>Manufacture of electrical machinery and equipment</translation>
        </message>
        <message>
            <source>计算机、通信和其他电子设备制造业</source>
            <translation>Manufacture of computers, communication and other electronic equipment</translation>
        </message>
        <message>
            <source>仪器仪表制造业</source>
            <translation>Manufacture of measuring instruments and meters</translation>
        </message>
        <message>
            <source>其他制造业</source>
            <translation>Other manufacturing</translation>
        </message>
        <message>
            <source>废弃资源综合利用业</source>
            <translation>Comprehensive utilisation of waste resources</translation>
        </message>
        <message>
            <source>金属制品、机械和设备修理业</source>
            <translation>Repair of metal products, machinery and equipment</translation>
        </message>
        <message>
            <source>民政部《中华人民共和国县以上行政区划代码》（2023年）https://www.mca.gov.cn/mzsj/xzqh/2023/202301xzqh.html ——南通市：320612 通州区、320613 崇川区、320614 海门区、320623 如东县、320681 启东市、320682 如皋市、320685 海安市</source>
            <translation>Ministry of Civil Affairs, Administrative division codes of the People's Republic of China at county level and above (2023) https://www.mca.gov.cn/mzsj/xzqh/2023/202301xzqh.html — Nantong: 320612 Tongzhou District, 320613 Chongchuan District, 320614 Haimen District, 320623 Rudong County, 320681 Qidong City, 320682 Rugao City, 320685 Hai'an City</translation>
        </message>
        <message>
            <source>国家统计局《统计用区划代码和城乡划分代码》（2021年起各年版）：在民政部代码之外为国家级开发区编了 7x 代码， 南通为 320671 南通经济技术开发区；统计用代码，一般不出现在信用代码中</source>
            <translation>National Bureau of Statistics, Statistical division codes and urban-rural classification codes (editions from 2021 on): in addition to the Ministry of Civil Affairs codes, it gives national development zones 7x codes; Nantong's is 320671 Nantong Economic and Technological Development Zone. A statistical code, normally not found in USCCs</translation>
        </message>
        <message>
            <source>国务院批复的区划调整：撤销通州市设通州区（2009年，320683→320612）；撤销海安县设海安市（2018年， 320621→320685）；撤销崇川区、港闸区设新的崇川区（2020年，320602、320611→320613）；撤销海门市设海门区 （2020年，320684→320614）</source>
            <translation>Division changes approved by the State Council: Tongzhou City became Tongzhou District (2009, 320683→320612); Hai'an County became Hai'an City (2018, 320621→320685); Chongchuan District and Gangzha District were merged into a new Chongchuan District (2020, 320602, 320611→320613); Haimen City became Haimen District (2020, 320684→320614)</translation>
        </message>
        <message>
            <source>公开的企业登记信息：地址在南通市开发区（含开发区内的苏通科技产业园）的企业，信用代码第3—8位为 320691， 即南通经济技术开发区市场监管分局作为登记机关使用的代码（不在 GB/T 2260 中）</source>
            <translation>Public enterprise registration records: enterprises with an address in Nantong's development zone (including the Sutong Science and Technology Industrial Park within it) have 320691 as characters 3–8 of their USCC, the code the Nantong Economic and Technological Development Zone branch of the market regulation bureau uses as registration authority (not in GB/T 2260)</translation>
        </message>
        <message>
            <source>南通市（市级登记机关）</source>
            <translation>Nantong City (city-level registration authority)</translation>
        </message>
        <message>
            <source>江苏省（省级登记机关）</source>
            <translation>Jiangsu Province (provincial registration authority)</translation>
        </message>
        <message>
            <source>国家市场监督管理总局（国家级登记机关）</source>
            <translation>State Administration for Market Regulation (national registration authority)</translation>
        </message>
        <message>
            <source>崇川区</source>
            <translation>Chongchuan District</translation>
        </message>
        <message>
            <source>原崇川区</source>
            <translation>Former Chongchuan District</translation>
        </message>
        <message>
            <source>2020年与港闸区合并为新的崇川区</source>
            <translation>Merged with Gangzha District into the new Chongchuan District in 2020</translation>
        </message>
        <message>
            <source>原港闸区</source>
            <translation>Former Gangzha District</translation>
        </message>
        <message>
            <source>2020年并入崇川区</source>
            <translation>Merged into Chongchuan District in 2020</translation>
        </message>
        <message>
            <source>通州区</source>
            <translation>Tongzhou District</translation>
        </message>
        <message>
            <source>原通州市</source>
            <translation>Former Tongzhou City</translation>
        </message>
        <message>
            <source>2009年撤市设区</source>
            <translation>City became a district in 2009</translation>
        </message>
        <message>
            <source>早于信用代码的启用（2015年），信用代码中不应出现</source>
            <translation>Predates the introduction of USCCs (2015); should not appear in any USCC</translation>
        </message>
        <message>
            <source>海门区</source>
            <translation>Haimen District</translation>
        </message>
        <message>
            <source>原海门市</source>
            <translation>Former Haimen City</translation>
        </message>
        <message>
            <source>2020年撤市设区</source>
            <translation>City became a district in 2020</translation>
        </message>
        <message>
            <source>海安市</source>
            <translation>Hai'an City</translation>
        </message>
        <message>
            <source>原海安县</source>
            <translation>Former Hai'an County</translation>
        </message>
        <message>
            <source>2018年撤县设市</source>
            <translation>County became a city in 2018</translation>
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
            <source>如皋市</source>
            <translation>Rugao City</translation>
        </message>
        <message>
            <source>南通经济技术开发区</source>
            <translation>Nantong Economic and Technological Development Zone</translation>
        </message>
        <message>
            <source>南通开发区</source>
            <translation>Nantong Development Zone</translation>
        </message>
        <message>
            <source>市场监管部门的登记机关代码，不是 GB/T 2260 代码</source>
            <translation>Registration authority code of the market regulation bureau, not a GB/T 2260 code</translation>
        </message>
        <message>
            <source>统计用区划代码（high）；是否出现在信用代码中未见（low）</source>
            <translation>Statistical division code (high); not yet seen in any USCC (low)</translation>
        </message>
        <message>
            <source>开发区管理的中兴、新开、竹行、小海街道在行政区划上属崇川区（原崇川区 320602）</source>
            <translation>The Zhongxing, Xinkai, Zhuhang and Xiaohai subdistricts managed by the development zone belong administratively to Chongchuan District (former Chongchuan District, 320602)</translation>
        </message>
        <message>
            <source>园区内（原苏通科技产业园）企业的公开信用代码为 320691，即由开发区的登记机关登记（medium）；园区部分区域原属 海门，企业也可能带海门的代码（low）。园区是否已有自己的登记机关代码，未查到</source>
            <translation>Published USCCs of enterprises in the park (formerly the Sutong Science and Technology Industrial Park) carry 320691, i.e. they were registered by the development zone's registration authority (medium); parts of the park used to belong to Haimen, so enterprises may also carry a Haimen code (low). Whether the park has a registration authority code of its own could not be found</translation>
        </message>
        <message>
            <source>示范区的三余镇等区域在行政区划上属通州区；示范区管理的原属海门的区域（如海门港新区）是否在内，未核实，带海门代码的企业会被提示核实</source>
            <translation>Areas of the demonstration zone such as Sanyu Town belong administratively to Tongzhou District; whether the areas it manages that used to belong to Haimen (e.g. Haimen Port New Area) are included has not been verified, so enterprises carrying a Haimen code are flagged for checking</translation>
        </message>
        <message>
            <source>园区位于海门区（川姜镇一带）；只出现在规划附件4</source>
            <translation>The park lies in Haimen District (around Chuanjiang Town); it appears only in Annex 4 of the plan</translation>
        </message>
        <message>
            <source>南京市</source>
            <translation>Nanjing</translation>
        </message>
        <message>
            <source>无锡市</source>
            <translation>Wuxi</translation>
        </message>
        <message>
            <source>徐州市</source>
            <translation>Xuzhou</translation>
        </message>
        <message>
            <source>常州市</source>
            <translation>Changzhou</translation>
        </message>
        <message>
            <source>苏州市</source>
            <translation>Suzhou</translation>
        </message>
        <message>
            <source>连云港市</source>
            <translation>Lianyungang</translation>
        </message>
        <message>
            <source>淮安市</source>
            <translation>Huai'an</translation>
        </message>
        <message>
            <source>盐城市</source>
            <translation>Yancheng</translation>
        </message>
        <message>
            <source>扬州市</source>
            <translation>Yangzhou</translation>
        </message>
        <message>
            <source>镇江市</source>
            <translation>Zhenjiang</translation>
        </message>
        <message>
            <source>泰州市</source>
            <translation>Taizhou</translation>
        </message>
        <message>
            <source>宿迁市</source>
            <translation>Suqian</translation>
        </message>
        <message>
            <source>北京市</source>
            <translation>Beijing</translation>
        </message>
        <message>
            <source>天津市</source>
            <translation>Tianjin</translation>
        </message>
        <message>
            <source>河北省</source>
            <translation>Hebei Province</translation>
        </message>
        <message>
            <source>山西省</source>
            <translation>Shanxi Province</translation>
        </message>
        <message>
            <source>内蒙古自治区</source>
            <translation>Inner Mongolia Autonomous Region</translation>
        </message>
        <message>
            <source>辽宁省</source>
            <translation>Liaoning Province</translation>
        </message>
        <message>
            <source>吉林省</source>
            <translation>Jilin Province</translation>
        </message>
        <message>
            <source>黑龙江省</source>
            <translation>Heilongjiang Province</translation>
        </message>
        <message>
            <source>上海市</source>
            <translation>Shanghai</translation>
        </message>
        <message>
            <source>江苏省</source>
            <translation>Jiangsu Province</translation>
        </message>
        <message>
            <source>浙江省</source>
            <translation>Zhejiang Province</translation>
        </message>
        <message>
            <source>安徽省</source>
            <translation>Anhui Province</translation>
        </message>
        <message>
            <source>福建省</source>
            <translation>Fujian Province</translation>
        </message>
        <message>
            <source>江西省</source>
            <translation>Jiangxi Province</translation>
        </message>
        <message>
            <source>山东省</source>
            <translation>Shandong Province</translation>
        </message>
        <message>
            <source>河南省</source>
            <translation>Henan Province</translation>
        </message>
        <message>
            <source>湖北省</source>
            <translation>Hubei Province</translation>
        </message>
        <message>
            <source>湖南省</source>
            <translation>Hunan Province</translation>
        </message>
        <message>
            <source>广东省</source>
            <translation>Guangdong Province</translation>
        </message>
        <message>
            <source>广西壮族自治区</source>
            <translation>Guangxi Zhuang Autonomous Region</translation>
        </message>
        <message>
            <source>海南省</source>
            <translation>Hainan Province</translation>
        </message>
        <message>
            <source>重庆市</source>
            <translation>Chongqing</translation>
        </message>
        <message>
            <source>四川省</source>
            <translation>Sichuan Province</translation>
        </message>
        <message>
            <source>贵州省</source>
            <translation>Guizhou Province</translation>
        </message>
        <message>
            <source>云南省</source>
            <translation>Yunnan Province</translation>
        </message>
        <message>
            <source>西藏自治区</source>
            <translation>Tibet Autonomous Region</translation>
        </message>
        <message>
            <source>陕西省</source>
            <translation>Shaanxi Province</translation>
        </message>
        <message>
            <source>甘肃省</source>
            <translation>Gansu Province</translation>
        </message>
        <message>
            <source>青海省</source>
            <translation>Qinghai Province</translation>
        </message>
        <message>
            <source>宁夏回族自治区</source>
            <translation>Ningxia Hui Autonomous Region</translation>
        </message>
        <message>
            <source>新疆维吾尔自治区</source>
            <translation>Xinjiang Uygur Autonomous Region</translation>
        </message>
    </context>
</TS>
