<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditCsv</name>
    <message>
        <location filename="../client/core/auditcsv.cpp" line="+49"/>
        <source>Entry</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (local)</source>
        <translation>时间（本地）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>用户编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record ID</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes (old → new)</source>
        <translation>变更（旧值 → 新值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes (JSON)</source>
        <translation>变更（JSON）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peer</source>
        <translation>客户端地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous hash</source>
        <translation>前一哈希值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hash</source>
        <translation>哈希值</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Chain head (entry, hash)</source>
        <translation>哈希链头（序号，哈希值）</translation>
    </message>
</context>
<context>
    <name>AuditPdf</name>
    <message>
        <location filename="../client/audit/auditpdf.cpp" line="+30"/>
        <source>Entry</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes (old → new)</source>
        <translation>变更（旧值 → 新值）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (shortened; see the CSV export)</source>
        <translation>（已截断；完整内容见 CSV 导出）</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Filter:</source>
        <translation>筛选条件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported by:</source>
        <translation>导出人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported at:</source>
        <translation>导出时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries:</source>
        <translation>条目数：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chain head:</source>
        <translation>哈希链头：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entries match the filter.</source>
        <translation>没有符合筛选条件的条目。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the PDF could not be started</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF could not be finished</source>
        <translation>无法完成 PDF 生成</translation>
    </message>
</context>
<context>
    <name>CertificatePrompt</name>
    <message>
        <location filename="../client/shell/certificateprompt.cpp" line="+23"/>
        <source>The server&apos;s certificate has changed</source>
        <translation>服务器证书已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 presents a different certificate than at the last connection.

This is expected only if your administrator renewed it or moved the server. It can also mean that someone is intercepting the connection: then do not continue.

Accept only if your administrator confirms the new fingerprint.</source>
        <translation>服务器 %1 提供的证书与上次连接时不同。

只有在管理员更新了证书或迁移了服务器时，这才属于正常情况。这也可能意味着有人正在截取连接：此时请勿继续。

仅在管理员确认新的指纹后才接受。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fingerprint pinned before (SHA-256):
%1

Fingerprint presented now (SHA-256):
%2</source>
        <translation>之前固定的指纹（SHA-256）：
%1

当前提供的指纹（SHA-256）：
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust the new certificate</source>
        <translation>信任新证书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not connect</source>
        <translation>不连接</translation>
    </message>
</context>
<context>
    <name>ChangeOrderText</name>
    <message>
        <location filename="../client/changecontrol/changeordertext.cpp" line="+13"/>
        <source>Minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration</source>
        <translation>数据迁移</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2, version %3</source>
        <translation>%1 %2，版本 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At approval</source>
        <translation>批准时</translation>
    </message>
</context>
<context>
    <name>DataDictionary</name>
    <message>
        <location filename="../client/core/datadictionary.cpp" line="+206"/>
        <source>Plain (changed in place, audited)</source>
        <translation>普通（直接修改，记入审计追踪）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versioned (change order)</source>
        <translation>版本化（通过变更单）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows of a version</source>
        <translation>版本明细行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow record</source>
        <translation>流程记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal</source>
        <translation>小数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>引用</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+14"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Dictionary</name>
    <message>
        <location line="-288"/>
        <location filename="../server/masterdata/entities.cpp" line="+27"/>
        <source>Unit of measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/masterdata/entities.cpp" line="+23"/>
        <location line="+39"/>
        <location line="+40"/>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/masterdata/entities.cpp" line="-49"/>
        <source>Bill of materials</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/masterdata/entities.cpp" line="+18"/>
        <source>BOM line</source>
        <translation>物料清单行</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/masterdata/entities.cpp" line="+20"/>
        <source>Routing</source>
        <translation>工艺路线</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/masterdata/entities.cpp" line="+19"/>
        <location line="+32"/>
        <source>Operation</source>
        <translation>工序</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/masterdata/entities.cpp" line="-9"/>
        <source>Process parameter</source>
        <translation>工艺参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/masterdata/plantentities.cpp" line="+51"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/masterdata/plantentities.cpp" line="+17"/>
        <location line="+17"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/masterdata/plantentities.cpp" line="-6"/>
        <source>Training record</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/masterdata/plantentities.cpp" line="+17"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/masterdata/plantentities.cpp" line="+17"/>
        <location line="+20"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/masterdata/plantentities.cpp" line="-4"/>
        <source>Ship-to address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/masterdata/plantentities.cpp" line="+15"/>
        <source>Storage location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/changecontrol/changecontrolentities.cpp" line="+49"/>
        <source>Coding rule</source>
        <translation>编码规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/changecontrol/changecontrolentities.cpp" line="+17"/>
        <source>Change class</source>
        <translation>变更类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/changecontrol/changecontrolentities.cpp" line="+9"/>
        <location line="+24"/>
        <source>Change order</source>
        <translation>变更单</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/changecontrol/changecontrolentities.cpp" line="+9"/>
        <source>Version pin</source>
        <translation>版本锁定</translation>
    </message>
    <message>
        <location filename="../server/masterdata/entities.cpp" line="-132"/>
        <source>A unit and its conversion to the base unit of its dimension: value in base = value × factor + zero offset.</source>
        <translation>计量单位及其到所属量纲基本单位的换算：基本单位值 = 数值 × 换算系数 + 零点偏移。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <location line="+68"/>
        <location filename="../server/masterdata/plantentities.cpp" line="-125"/>
        <location filename="../server/changecontrol/changecontrolentities.cpp" line="-7"/>
        <location line="+14"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Unit symbol as printed, e.g. kg, mL, °C.</source>
        <translation>打印时使用的单位符号，例如 kg, mL, °C。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <location line="+68"/>
        <location line="+19"/>
        <location line="+23"/>
        <location filename="../server/masterdata/plantentities.cpp" line="+4"/>
        <location filename="../server/changecontrol/changecontrolentities.cpp" line="-63"/>
        <location line="+17"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Full name of the unit.</source>
        <translation>单位的全称。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dimension</source>
        <translation>量纲</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the unit measures; conversions exist only within one dimension.</source>
        <translation>单位所计量的物理量；只能在同一量纲内换算。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factor</source>
        <translation>换算系数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Multiplier to the dimension&apos;s base unit (the base unit has 1).</source>
        <translation>换算为该量纲基本单位时的乘数（基本单位本身为 1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zero offset</source>
        <translation>零点偏移</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added after the factor (temperature scales); 0 for most units.</source>
        <translation>乘以换算系数后再加上的值（用于温标）；大多数单位为 0。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/masterdata/plantentities.cpp" line="+4"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive units cannot be chosen for new data.</source>
        <translation>已停用的单位不能在新数据中选用。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anything stocked or made: raw material, purchased part, semi-finished or finished device, packaging.</source>
        <translation>任何库存或生产的物品：原材料、外购件、半成品或成品器械、包装材料。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Material code; never changes (统一编码).</source>
        <translation>物料编码，永不变更(统一编码)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the material as used on documents.</source>
        <translation>物料在单据和文件中使用的名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/changecontrol/changecontrolentities.cpp" line="-15"/>
        <location line="+16"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longer description, specification reference.</source>
        <translation>详细说明及所引用的规格文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of material; finished materials are medical devices with a GTIN.</source>
        <translation>物料的类型；成品物料即带有 GTIN 的医疗器械。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <location line="+64"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Unit in which the material is stocked and counted.</source>
        <translation>物料库存和计数所用的单位。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>追溯方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether stock and genealogy are kept per lot, per serial number, or not at all.</source>
        <translation>库存和追溯谱系的记录方式：按批次、按序列号，或不记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelf life</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days from manufacture or receipt to expiry; empty if unlimited.</source>
        <translation>自生产或接收之日起至失效的天数；不限期则为空。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/masterdata/plantentities.cpp" line="+126"/>
        <source>Storage conditions</source>
        <translation>贮存条件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E.g. 15–25 °C, dry, away from light.</source>
        <translation>例如 15–25 °C、干燥、避光。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GS1 Global Trade Item Number (14 digits with check digit): the UDI device identifier.</source>
        <translation>GS1 全球贸易项目代码（14 位，含校验位）：即唯一标识（UDI）中的产品标识（DI）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device class</source>
        <translation>器械类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regulatory risk class of a finished device (EU I–III, US/China I–III).</source>
        <translation>成品器械的监管风险类别（欧盟 I–III，美国/中国 I–III）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Components and quantities needed to make one base quantity of a material; its code is the material&apos;s code.</source>
        <translation>生产一个基本数量的物料所需的子件及用量；其编码即该物料的编码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code of the material this BOM makes.</source>
        <translation>此物料清单所生产物料的编码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base quantity</source>
        <translation>基本数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity of the parent material the lines are for, in its unit.</source>
        <translation>各行用量所对应的父件数量，以父件的单位计。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+18"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+39"/>
        <source>Free note about this version.</source>
        <translation>关于此版本的备注（自由填写）。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>One component of a BOM version.</source>
        <translation>物料清单某一版本中的一个子件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Position</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line number, unique in the version.</source>
        <translation>行的编号，在同一版本内唯一。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>子件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Material consumed.</source>
        <translation>所消耗的物料。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity per</source>
        <translation>用量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity of the component per base quantity of the parent; greater than 0.</source>
        <translation>每基本数量父件所需的子件数量；必须大于 0。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit of the quantity; same dimension as the component&apos;s unit.</source>
        <translation>用量的单位；须与子件的单位属于同一量纲。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scrap factor</source>
        <translation>损耗率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected loss as a fraction (0.02 = 2 %), from 0 to 0.9.</source>
        <translation>预计损耗，以小数表示（0.02 = 2 %），取值范围 0 至 0.9。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free note about this line.</source>
        <translation>关于此行的备注（自由填写）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The controlled process for making a material: operations, work centres, times and process parameter limits.</source>
        <translation>生产某物料的受控工艺：包括工序、工作中心、工时及工艺参数限值。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Routing code, e.g. RT-INFUSION-SET.</source>
        <translation>工艺路线编码，例如 RT-INFUSION-SET。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the process.</source>
        <translation>工艺名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material this routing makes.</source>
        <translation>此工艺路线所生产的物料。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One step of a routing version.</source>
        <translation>工艺路线某一版本中的一个步骤。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sequence</source>
        <translation>工序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operation number (10, 20 …), unique in the version.</source>
        <translation>工序编号（10, 20 …），在同一版本内唯一。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is done.</source>
        <translation>该工序的作业内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work centre</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equipment (work centre level) where the operation runs.</source>
        <translation>执行该工序的设备（工作中心层级）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-up time</source>
        <translation>准备时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standard set-up time per order.</source>
        <translation>每个工单的标准准备时间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run time</source>
        <translation>加工时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standard run time per unit.</source>
        <translation>每单位产品的标准加工时间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training procedure an operator needs (a training record for it must be valid).</source>
        <translation>操作人员须经培训的规程（须有该规程的有效培训记录）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection point</source>
        <translation>检验点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Results must be inspected before the next operation.</source>
        <translation>须先对结果进行检验，方可进入下一道工序。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second-person verification</source>
        <translation>双人复核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A second person must verify the step.</source>
        <translation>该步骤须由第二人复核。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions</source>
        <translation>作业指导</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work instruction reference or short text.</source>
        <translation>作业指导书编号或简要文字说明。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A value captured at an operation and checked against its limits (minimum ≤ target ≤ maximum).</source>
        <translation>在工序中采集并与其限值比对的数值（最小值 ≤ 目标值 ≤ 最大值）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sequence number of the operation the parameter belongs to.</source>
        <translation>该参数所属工序的工序号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameter name, e.g. seal temperature.</source>
        <translation>参数名称，例如热封温度。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nominal value.</source>
        <translation>标称值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lowest acceptable value (inclusive).</source>
        <translation>可接受的最低值（含该值）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Highest acceptable value (inclusive).</source>
        <translation>可接受的最高值（含该值）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit of target and limits.</source>
        <translation>目标值和限值的单位。</translation>
    </message>
    <message>
        <location filename="../server/masterdata/plantentities.cpp" line="-126"/>
        <source>Inactive records stay for history but cannot be chosen for new data.</source>
        <translation>已停用的记录保留用于历史追溯，但不能在新数据中选用。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The equipment hierarchy: site, area, line, work centre, unit; measuring equipment has a calibration interval.</source>
        <translation>设备层级：工厂、区域、产线、工作中心、单元；测量设备设有校准周期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Equipment code, e.g. WC-UV-01.</source>
        <translation>设备编码，例如 WC-UV-01。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the equipment.</source>
        <translation>设备名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level in the ISA-95 equipment hierarchy.</source>
        <translation>在 ISA-95 设备层级中所处的层级。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>The equipment one level up (empty for a site).</source>
        <translation>上一层级的设备（工厂级为空）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measuring equipment</source>
        <translation>测量设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used to measure product or process: needs valid calibration.</source>
        <translation>用于测量产品或过程，须处于有效校准状态。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration interval</source>
        <translation>校准周期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days between calibrations; required for measuring equipment.</source>
        <translation>两次校准之间的天数；测量设备必填。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration due</source>
        <translation>校准到期日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date the next calibration is due.</source>
        <translation>下次校准的到期日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A member of staff, optionally linked to a user account, with training records.</source>
        <translation>员工信息，可关联用户账户，含培训记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personnel number.</source>
        <translation>工号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name.</source>
        <translation>姓名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User account of this person, if any.</source>
        <translation>此人的用户账户（如有）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department or team.</source>
        <translation>部门或班组。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proof that a person was trained on one version of a procedure or routing, and until when it is valid.</source>
        <translation>证明某人已接受某一版本规程或工艺路线的培训，并注明有效期限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../server/changecontrol/changecontrolentities.cpp" line="+11"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number given by the server.</source>
        <translation>由服务器分配的编号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who was trained.</source>
        <translation>受训人员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>规程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure, work instruction or routing code trained on.</source>
        <translation>所培训的规程、作业指导书或工艺路线的编码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure version</source>
        <translation>规程版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version of the procedure trained on.</source>
        <translation>所培训的规程版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trained on</source>
        <translation>培训日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of the training.</source>
        <translation>进行培训的日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date the qualification lapses; empty if it does not.</source>
        <translation>资质失效的日期；长期有效则为空。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer</source>
        <translation>培训人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who trained or assessed.</source>
        <translation>实施培训或考核的人员。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A supplier and its status on the approved supplier list.</source>
        <translation>供应商及其在合格供方名录中的状态。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supplier code, e.g. S-RESIN-01.</source>
        <translation>供应商编码，例如 S-RESIN-01。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Legal name.</source>
        <translation>法定名称。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Approval status</source>
        <translation>批准状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status on the approved supplier list; only approved or conditional suppliers may be ordered from.</source>
        <translation>在合格供方名录中的状态；只能向已批准或有条件批准的供应商采购。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved until</source>
        <translation>批准有效期至</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date the approval must be renewed (re-audit).</source>
        <translation>须重新批准（重新审核）的日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <location line="+15"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Postal address.</source>
        <translation>通讯地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <location line="+16"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+16"/>
        <location line="+16"/>
        <source>Country.</source>
        <translation>所在国家。</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+16"/>
        <location line="+16"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+16"/>
        <source>Contact person.</source>
        <translation>联系人姓名。</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <location line="+16"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+16"/>
        <location line="+16"/>
        <source>Phone number.</source>
        <translation>电话号码。</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+16"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>E-mail address.</source>
        <translation>电子邮件地址。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>A customer (hospital, distributor); recall reports name them.</source>
        <translation>客户（医院、经销商）；召回报告中会列明客户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer code, e.g. C-SH-HOSP1.</source>
        <translation>客户编码，例如 C-SH-HOSP1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of customer.</source>
        <translation>客户类型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing address.</source>
        <translation>开票地址。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An address a customer&apos;s goods are shipped to (a consignee in a recall).</source>
        <translation>客户货物的发运地址（召回时即为收货方）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ship-to code.</source>
        <translation>收货地址编码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer the address belongs to.</source>
        <translation>该地址所属的客户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the receiving site or department.</source>
        <translation>收货单位或部门的名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address.</source>
        <translation>街道地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City.</source>
        <translation>所在城市。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person receiving goods.</source>
        <translation>收货人。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A place where stock is kept; its status type says what stock may be there (quarantine, released …).</source>
        <translation>存放库存的位置；其状态类型规定可存放何种库存（待检、放行 …）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location code, e.g. WH-QUAR.</source>
        <translation>库位编码，例如 WH-QUAR。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the location.</source>
        <translation>库位名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status type</source>
        <translation>状态类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which lot status the stock here must have.</source>
        <translation>存放于此的库存须处于的批次状态。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enclosing location (warehouse, room).</source>
        <translation>所属上级位置（仓库、房间）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions the location provides, e.g. 2–8 °C.</source>
        <translation>库位提供的贮存条件，例如 2–8 °C。</translation>
    </message>
    <message>
        <location filename="../server/changecontrol/changecontrolentities.cpp" line="-45"/>
        <location line="+53"/>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+53"/>
        <source>Server time (UTC) of creation.</source>
        <translation>创建时的服务器时间（UTC）。</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User who created it.</source>
        <translation>创建该记录的用户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server time (UTC) of the last change.</source>
        <translation>最后一次修改时的服务器时间（UTC）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User who changed it last.</source>
        <translation>最后修改该记录的用户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Row version</source>
        <translation>行版本</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Incremented by every change (optimistic concurrency).</source>
        <translation>每次修改时递增（乐观并发控制）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pattern of a kind of code or number, e.g. WO-{yyyy}{MM}-{seq:5} (统一编码体系).</source>
        <translation>某类编码或编号的格式，例如 WO-{yyyy}{MM}-{seq:5}(统一编码体系)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the rule numbers: material, lot, serial, work_order …</source>
        <translation>该规则编号的对象：material（物料）、lot（批次）、serial（序列号）、work_order（工单）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pattern</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Literal text with {yyyy} {yy} {MM} {dd} {seq:N} {alpha:N} {digit:N} {code:N-M}.</source>
        <translation>固定文本，可包含 {yyyy} {yy} {MM} {dd} {seq:N} {alpha:N} {digit:N} {code:N-M}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the codes are used for.</source>
        <translation>编码的用途。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coding counter</source>
        <translation>编码计数器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next sequence number of a rule in one period; taken in the same transaction as the record that uses it.</source>
        <translation>某规则在一个周期内的下一个流水号；与使用该流水号的记录在同一事务中取号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The coding rule.</source>
        <translation>所属编码规则。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period the sequence restarts in (e.g. 202611), empty if never.</source>
        <translation>流水号重新计数的周期（例如 202611）；从不重新计数则为空。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next value</source>
        <translation>下一个值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The next number to give out.</source>
        <translation>下一个待分配的号码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A kind of change order and its approval chain: the signature meanings needed, in order.</source>
        <translation>变更单的类别及其批准流程：按顺序列出所需的签名含义。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class name, e.g. minor, major.</source>
        <translation>类别名称，例如 minor（一般）、major（重大）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When to use the class.</source>
        <translation>该类别的适用情形。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval steps</source>
        <translation>批准步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signature meanings in order (reviewed, approved, released), as JSON.</source>
        <translation>按顺序排列的签名含义（如 reviewed 审核、approved 批准、released 放行），JSON 格式。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A controlled change of master data (ECO): affected versions, reason, impact, approval signatures.</source>
        <translation>主数据的受控变更（ECO）：包括受影响的版本、变更原因、影响及批准签名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <location line="+13"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+18"/>
        <location line="+13"/>
        <source>Internal number.</source>
        <translation>内部编号。</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Change order number from its coding rule.</source>
        <translation>按编码规则生成的变更单编号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change class; decides the approval chain.</source>
        <translation>变更类别；决定批准流程。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changes, in one line.</source>
        <translation>用一句话概括变更内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why the change is made.</source>
        <translation>进行此项变更的原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workflow state of the change order.</source>
        <translation>变更单的流程状态。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impact assessment computed by the server at submission (JSON).</source>
        <translation>提交时由服务器计算生成的影响评估（JSON）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>编写人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User who wrote the change order.</source>
        <translation>编写该变更单的用户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When it was submitted for approval.</source>
        <translation>提交审批的时间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Closed at</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>When it was approved, rejected or cancelled.</source>
        <translation>批准、驳回或撤销的时间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version signatures bind to.</source>
        <translation>签名所绑定的版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change order item</source>
        <translation>变更单明细</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One new version a change order makes effective, and from when.</source>
        <translation>变更单使之生效的一个新版本及其生效时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change order.</source>
        <translation>所属变更单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Entity</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>Kind of master data.</source>
        <translation>主数据的类型。</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Code of the record.</source>
        <translation>记录的编码。</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The new version.</source>
        <translation>新版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the version takes effect; empty = at approval.</source>
        <translation>版本生效的时间；为空表示批准时即生效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release: the new version takes effect; obsolete: the version in force is taken out of use.</source>
        <translation>release：新版本生效；obsolete：现行版本停止使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The master-data version a released order uses; it keeps it when newer versions are approved.</source>
        <translation>已下达订单所使用的主数据版本；即使之后批准了更新的版本，该订单仍沿用此版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holder type</source>
        <translation>持有订单类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of order holding the pin, e.g. work_order.</source>
        <translation>持有该版本锁定的订单类型，例如 work_order（工单）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>持有订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number of the order.</source>
        <translation>订单编号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pinned version.</source>
        <translation>被锁定的版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned at</source>
        <translation>锁定时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the order was released.</source>
        <translation>订单下达的时间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned by</source>
        <translation>锁定人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User who released the order.</source>
        <translation>下达该订单的用户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the order was closed; open pins count in impact assessments.</source>
        <translation>订单关闭的时间；未关闭的版本锁定会计入影响评估。</translation>
    </message>
</context>
<context>
    <name>DictionaryReport</name>
    <message>
        <location filename="../client/dictionary/dictionaryreport.cpp" line="+29"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Entity</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity label</source>
        <translation>对象类型名称</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Generated at %1</source>
        <translation>生成时间：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated by %1</source>
        <translation>生成人：%1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the PDF could not be started</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF could not be finished</source>
        <translation>无法完成 PDF 生成</translation>
    </message>
</context>
<context>
    <name>DictionaryValue</name>
    <message>
        <location filename="../client/core/datadictionary.cpp" line="+10"/>
        <source>Raw material</source>
        <translation>原材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchased part</source>
        <translation>外购件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semi-finished</source>
        <translation>半成品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished device</source>
        <translation>成品器械</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaging</source>
        <translation>包装材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumable</source>
        <translation>耗材</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mass</source>
        <translation>质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>体积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure</source>
        <translation>压力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy density</source>
        <translation>能量密度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electric current</source>
        <translation>电流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voltage</source>
        <translation>电压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resistance</source>
        <translation>电阻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force</source>
        <translation>力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>工厂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>产线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work centre</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>待批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditional</source>
        <translation>有条件批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disqualified</source>
        <translation>已取消资格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distributor</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic</source>
        <translation>诊所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>普通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantine</source>
        <translation>待检</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>放行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>冻结</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded</source>
        <translation>已被替代</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obsolete</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BOM</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing</source>
        <translation>工艺路线</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../client/shell/errortext.cpp" line="+35"/>
        <source>%1 %2 version %3 is %4: an approved or reviewed version never changes. Save a new draft instead and put it on a change order.</source>
        <translation>%1 %2 的版本 %3 处于“%4”状态：已批准或已审核的版本不可更改。请另存一个新草稿，并将其加入变更单。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 is on change order %3. Take it off that change order first.</source>
        <translation>%1 %2 已在变更单 %3 中。请先将其从该变更单中移除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 has no open draft (version %3 is %4). Save a draft first.</source>
        <translation>%1 %2 当前没有草稿（版本 %3 处于“%4”状态）。请先保存草稿。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No version of %1 %2 was in force at %3.</source>
        <translation>%3 时，%1 %2 没有生效的版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code “%1” does not match the coding rule “%2”: it must be %3 (pattern %4).</source>
        <translation>编码“%1”不符合编码规则“%2”：必须由 %3 组成（格式 %4）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The coding rule “%1” (%2) has no sequence number, so the server cannot number these codes. Ask an administrator to change the rule.</source>
        <translation>编码规则“%1”（%2）不含流水号，服务器无法为这些编码编号。请联系管理员修改该规则。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The coding rule “%1” (%2) has used all its numbers for this period. Ask an administrator to widen the rule.</source>
        <translation>编码规则“%1”（%2）在本周期内的号码已全部用完。请联系管理员扩大该规则的编号范围。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bill of materials would contain itself: %1.</source>
        <translation>物料清单将包含其自身：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 would be its own parent.</source>
        <translation>%1 %2 将成为其自身的上级。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) cannot be converted to %3 (%4).</source>
        <translation>%1（%2）无法换算为 %3（%4）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot take effect at %2: that is before now (%3). A version never takes effect before its approval.</source>
        <translation>%1 不能在 %2 生效：该时间早于当前时间（%3）。版本不能在批准之前生效。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change order %1 lists nothing to change.</source>
        <translation>变更单 %1 中没有任何变更明细。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is locked after too many failed sign-in attempts. Ask an administrator to unlock it.</source>
        <translation>登录失败次数过多，此账户已被锁定。请联系管理员解锁。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account is deactivated. Ask an administrator.</source>
        <translation>此账户已停用。请联系管理员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change your password before doing anything else.</source>
        <translation>请先修改密码，然后才能进行其他操作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new password was used recently. Choose another one.</source>
        <translation>新密码最近已使用过。请另选一个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new password does not meet the password policy: %1</source>
        <translation>新密码不符合密码策略：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password could not be changed.</source>
        <translation>无法修改密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session has ended. Sign in again.</source>
        <translation>您的会话已结束。请重新登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The screen is locked. Unlock it with your password first.</source>
        <translation>屏幕已锁定。请先用您的密码解锁。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You do not have permission to do this.</source>
        <translation>您没有执行此操作的权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user ID or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first signature in a session needs your user ID and your password.</source>
        <translation>会话中的首次签名需要输入您的用户名和密码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have already signed version %1 of this record as “%2”.</source>
        <translation>您已以“%2”签署过此记录的版本 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Separation of duties: the same person cannot be both %1 and %2 of this record. Another person must do this.</source>
        <translation>职责分离：同一人不能同时担任此记录的%1和%2。此操作必须由另一人执行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record was changed after you opened it: you are signing version %1, it is now at version %2. Review the current version and sign again.</source>
        <translation>您打开此记录后，记录已被修改：您签署的是版本 %1，当前已是版本 %2。请审阅当前版本后重新签名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This signature needs a valid “%1” signature first.</source>
        <translation>此签名需要先有一个有效的“%1”签名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This record cannot be signed as “%1”.</source>
        <translation>此记录不能以“%1”签署。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 is already closed (%3) and can no longer be changed or signed.</source>
        <translation>%1 %2 已关闭（%3），不能再修改或签名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Someone else changed this record meanwhile. The current data is loaded again: check it and repeat your change.</source>
        <translation>其他人在此期间修改了此记录。已重新加载当前数据：请检查后重新进行修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 “%2” already exists.</source>
        <translation>%1“%2”已存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user ID “%1” is taken or was used before. User IDs are never reused.</source>
        <translation>用户名“%1”已被占用或曾被使用过。用户名永不重复使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This change would leave no active administrator.</source>
        <translation>此变更将导致没有在用的管理员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 does not exist.</source>
        <translation>%1 %2 不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change was not saved: it would have left no entry in the audit trail. This is a fault of the server; tell your administrator (%1).</source>
        <translation>更改未保存：它不会在审计追踪中留下记录。这是服务器的故障，请告知您的管理员（%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many sign-in attempts at once from this computer or network address. Wait a moment, then sign in again.</source>
        <translation>这台计算机或这个网络地址同时发起的登录尝试过多。请稍候片刻，然后重新登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server already received a different request under the same request key. Nothing was changed; try again.</source>
        <translation>服务器已经以同一请求标识收到过另一个不同的请求。未做任何更改，请重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected to the server. Check the network and try again.</source>
        <translation>未连接到服务器。请检查网络后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time. Try again.</source>
        <translation>服务器未及时响应。请重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the server: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request failed (%1).</source>
        <translation>请求失败（%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request failed: %1 (%2)</source>
        <translation>请求失败：%1（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An administrator reset your password, so every session of your account ended. Sign in with the temporary password you were given, then choose a new one.</source>
        <translation>管理员已重置您的密码，您账户的所有会话均已结束。请使用收到的临时密码登录，然后设置新密码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your password was changed in another session. Sign in again with the new password.</source>
        <translation>您的密码已在另一个会话中更改。请使用新密码重新登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account was deactivated. Ask an administrator.</source>
        <translation>您的账户已被停用。请联系管理员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account is locked after too many failed attempts. Ask an administrator to unlock it.</source>
        <translation>由于失败尝试次数过多，您的账户已被锁定。请联系管理员解锁。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session ended after a time without activity. Sign in again to continue.</source>
        <translation>由于长时间无操作，您的会话已结束。请重新登录以继续。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server ended your session. Sign in again to continue.</source>
        <translation>服务器已结束您的会话。请重新登录以继续。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 can have at most %n character(s).</source>
        <translation>
            <numerusform>%1 最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too long.</source>
        <translation>%1 过长。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has the wrong format.</source>
        <translation>%1 格式不正确。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has a value that is not allowed.</source>
        <translation>%1 的值不在允许范围内。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be one of: %2.</source>
        <translation>%1 必须为以下值之一：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+112"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>%1 must be a date (year-month-day).</source>
        <translation>%1 必须为日期（年-月-日）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 必须为整数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a number, e.g. 1.5.</source>
        <translation>%1 必须为数字，例如 1.5。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be the code of a %2.</source>
        <translation>%1 必须为%2的编码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be yes or no.</source>
        <translation>%1 必须为“是”或“否”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has the wrong kind of value.</source>
        <translation>%1 的值类型不正确。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is too small.</source>
        <translation>%1 过小。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be greater than %2.</source>
        <translation>%1 必须大于 %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be at least %2.</source>
        <translation>%1 不能小于 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is too large.</source>
        <translation>%1 过大。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be at most %2.</source>
        <translation>%1 不能大于 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: there is no %2 with this code.</source>
        <translation>%1：不存在此编码的%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: this value appears twice; each row needs its own.</source>
        <translation>%1：此值重复出现；每一行必须使用不同的值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not fit the related values: limits must be minimum ≤ target ≤ maximum, and an end date must come after the start date.</source>
        <translation>%1 与相关值不匹配：限值必须满足 最小值 ≤ 目标值 ≤ 最大值，且结束日期必须晚于开始日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the unit measures something else than needed (a mass where a count is needed, for example).</source>
        <translation>%1：单位的量纲与要求不符（例如需要数量单位时使用了质量单位）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the GS1 check digit (the last digit) is wrong.</source>
        <translation>%1：GS1 校验位（最后一位）不正确。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: only finished devices have this.</source>
        <translation>%1：仅成品器械有此项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: only finished and semi-finished materials have a bill of materials.</source>
        <translation>%1：只有成品和半成品物料才有物料清单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the equipment is on the wrong level of the hierarchy (a work centre is needed, or the parent must be on a higher level).</source>
        <translation>%1：设备所处的层级不正确（此处需要工作中心，或上级设备必须处于更高层级）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: only temperature units have a zero offset.</source>
        <translation>%1：只有温度单位才有零点偏移。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a known field.</source>
        <translation>%1 不是已知字段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 never changes.</source>
        <translation>%1 不可更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the year (4 digits)</source>
        <translation>年份（4 位）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the year (2 digits)</source>
        <translation>年份（2 位）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the month (2 digits)</source>
        <translation>月份（2 位）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the day (2 digits)</source>
        <translation>日（2 位）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a %1-digit sequence number</source>
        <translation>%1 位流水号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 capital letters</source>
        <translation>%1 个大写字母</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 digits</source>
        <translation>%1 位数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 capital letters, digits or hyphens</source>
        <translation>%1 个大写字母、数字或连字符</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <location filename="../client/kiosk/kioskconfig.cpp" line="+98"/>
        <source>The display configuration file %1 does not exist. Create it from the example concord-kiosk.ini (docs/configuration.md, section &quot;Shop TV display&quot;), or name another file with --kiosk-config FILE.</source>
        <translation>看板配置文件 %1 不存在。请参照示例文件 concord-kiosk.ini 创建（见 docs/configuration.md 中的“Shop TV display”一节），或用 --kiosk-config FILE 指定其他文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 can be read or changed by other users of this computer (permissions %2), but it holds the display account&apos;s password. Make it private to its owner: chmod 600 %1</source>
        <translation>%1 可被此计算机的其他用户读取或修改（权限 %2），但其中保存着显示账户的密码。请将其设为仅所有者可访问：chmod 600 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is larger than 64 KiB: it is not a display configuration file.</source>
        <translation>%1 大于 64 KiB：不是看板配置文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, line %2: &quot;%3&quot; is not a known section. Use [server], [account] or [display].</source>
        <translation>%1，第 %2 行：“%3”不是已知的节。请使用 [server]、[account] 或 [display]。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, line %2: expected &quot;key = value&quot;, found &quot;%3&quot;.</source>
        <translation>%1，第 %2 行：应为“key = value”格式，实际为“%3”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, line %2: &quot;%3&quot; stands outside a section; put it under [server], [account] or [display].</source>
        <translation>%1，第 %2 行：“%3”不在任何节内；请将其放在 [server]、[account] 或 [display] 下。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, line %2: [%3] has no setting &quot;%4&quot;. Its settings are: %5.</source>
        <translation>%1，第 %2 行：[%3] 中没有设置项“%4”。可用的设置项：%5。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, line %2: %3 is set twice in [%4] (also on line %5); keep one.</source>
        <translation>%1，第 %2 行：%3 在 [%4] 中设置了两次（另见第 %5 行）；请只保留一处。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;%2&quot; is missing in [%3]. Add a line such as: %4</source>
        <translation>%1：[%3] 中缺少“%2”。请添加一行，例如：%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, line %2: &quot;%3&quot; in [%4] is empty. For example: %5</source>
        <translation>%1，第 %2 行：[%4] 中的“%3”为空。例如：%5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, line %2: address must be host:port, for example concord.example.com:7443, not &quot;%3&quot;.</source>
        <translation>%1，第 %2 行：address 必须为 host:port 格式，例如 concord.example.com:7443，而不是“%3”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, line %2: transport = insecure-loopback only works with a server on this computer (127.0.0.1, ::1 or localhost), not %3. Use transport = tls.</source>
        <translation>%1，第 %2 行：transport = insecure-loopback 仅适用于本机上的服务器（127.0.0.1、::1 或 localhost），不适用于 %3。请使用 transport = tls。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, line %2: transport must be tls or insecure-loopback, not &quot;%3&quot;.</source>
        <translation>%1，第 %2 行：transport 必须为 tls 或 insecure-loopback，而不是“%3”。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, line %2: rotation must be a number of seconds from %3 to %4, not &quot;%5&quot;.</source>
        <translation>%1，第 %2 行：rotation 必须是 %3 到 %4 之间的秒数，而不是“%5”。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, line %2: &quot;%3&quot; is not a page this display knows. Known pages: %4.</source>
        <translation>%1，第 %2 行：“%3”不是此看板支持的页面。支持的页面：%4。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, line %2: pages lists no page. For example: pages = alarms</source>
        <translation>%1，第 %2 行：pages 未列出任何页面。例如：pages = alarms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, line %2: language must be en or zh_CN, not &quot;%3&quot;.</source>
        <translation>%1，第 %2 行：language 必须为 en 或 zh_CN，而不是“%3”。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--kiosk takes the server and the display account from its configuration file only; remove %1 from the command line.</source>
        <translation>--kiosk 只从其配置文件读取服务器和显示账户；请从命令行中删除 %1。</translation>
    </message>
</context>
<context>
    <name>ModuleCatalog</name>
    <message>
        <location filename="../client/shell/modulecatalog.cpp" line="+19"/>
        <source>Alarms</source>
        <translation>报警</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit trail</source>
        <translation>审计追踪</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Master data</source>
        <translation>主数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change control</source>
        <translation>变更控制</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data dictionary</source>
        <translation>数据字典</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
</context>
<context>
    <name>ParameterLimits</name>
    <message>
        <location filename="../client/masterdata/parameterlimits.cpp" line="+73"/>
        <source>“%1” is not a decimal number.</source>
        <translation>“%1”不是有效的数值。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minimum %1 is greater than maximum %2.</source>
        <translation>最小值 %1 大于最大值 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target %1 is below the minimum %2.</source>
        <translation>目标值 %1 低于最小值 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target %1 is above the maximum %2.</source>
        <translation>目标值 %1 高于最大值 %2。</translation>
    </message>
</context>
<context>
    <name>SignatureText</name>
    <message>
        <location filename="../client/signature/signaturetext.cpp" line="+11"/>
        <source>Authored</source>
        <translation>编写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>放行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>复核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performed</source>
        <translation>执行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By signing, you declare that you are the author of this record.</source>
        <translation>签名即表示您声明自己是此记录的编写人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By signing, you declare that you have reviewed this record.</source>
        <translation>签名即表示您声明已审核此记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By signing, you approve this record.</source>
        <translation>签名即表示您批准此记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By signing, you release this record.</source>
        <translation>签名即表示您放行此记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By signing, you declare that you have verified this record.</source>
        <translation>签名即表示您声明已复核此记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By signing, you reject this record.</source>
        <translation>签名即表示您驳回此记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By signing, you declare that you have performed this step.</source>
        <translation>签名即表示您声明已执行此步骤。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By signing, you sign this record as “%1”.</source>
        <translation>签名即表示您以“%1”签署此记录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>requester or subject</source>
        <translation>申请人或当事人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account owner</source>
        <translation>账户所有人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approver</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>releaser</source>
        <translation>放行人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role change</source>
        <translation>角色变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role permission change</source>
        <translation>角色权限变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivation</source>
        <translation>停用申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change order</source>
        <translation>变更单</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <translation>已生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed by %1 on %2 — %3</source>
        <translation>由 %1 于 %2 签名 — %3</translation>
    </message>
</context>
<context>
    <name>concord::AlarmModel</name>
    <message>
        <location filename="../client/kiosk/alarmboarddelegate.cpp" line="+82"/>
        <location filename="../client/core/alarmmodel.cpp" line="+231"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../client/core/alarmmodel.cpp" line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../client/core/alarmmodel.cpp" line="+2"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../client/core/alarmmodel.cpp" line="+7"/>
        <source>Active</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Raised at</source>
        <translation>报警时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged at</source>
        <translation>确认时间</translation>
    </message>
</context>
<context>
    <name>concord::AuditModel</name>
    <message>
        <location filename="../client/core/auditmodel.cpp" line="+208"/>
        <source>User ID %1</source>
        <translation>用户编号 %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Entry</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes (old → new)</source>
        <translation>变更（旧值 → 新值）</translation>
    </message>
</context>
<context>
    <name>concord::RpcClient</name>
    <message>
        <location filename="../client/core/rpcclient.cpp" line="+35"/>
        <source>The server did not answer in time.</source>
        <translation>服务器未及时响应。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Unencrypted connections are only allowed to this computer (loopback), not to %1.</source>
        <translation>未加密的连接只允许连接本机（回环地址），不允许连接 %1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server closed the connection.</source>
        <translation>服务器关闭了连接。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The server refused the greeting: %1</source>
        <translation>服务器拒绝了握手：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server speaks protocol %1, this client %2: update the client.</source>
        <translation>服务器使用协议 %1，本客户端使用协议 %2：请更新客户端。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The session could not be resumed: %1</source>
        <translation>无法恢复会话：%1</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>The server sent a message larger than %1 bytes.</source>
        <translation>服务器发送的消息超过 %1 字节。</translation>
    </message>
    <message>
        <location filename="../client/core/rpcclientsession.cpp" line="+171"/>
        <source>The server stopped answering; reconnecting.</source>
        <translation>服务器停止响应，正在重新连接。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The live updates could not be started: %1</source>
        <translation>无法启动实时更新：%1</translation>
    </message>
</context>
<context>
    <name>concord::ui::AddItemDialog</name>
    <message>
        <location filename="../client/changecontrol/additemdialog.cpp" line="+26"/>
        <source>Add item to %1</source>
        <translation>向 %1 添加明细</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Release its new draft version</source>
        <translation>发布其新草稿版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the approved version out of use (obsolete)</source>
        <translation>停用已批准的版本（作废）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code of a record with an open draft</source>
        <translation>有草稿的记录编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes effect at a set date and time (otherwise when approved)</source>
        <translation>在指定的日期和时间生效（否则在批准时生效）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>local time (%1)</source>
        <translation>本地时间（%1）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;tion:</source>
        <translation>操作(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Effective from:</source>
        <translation>生效时间(&amp;E)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add item</source>
        <translation>添加明细(&amp;A)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 — %2 (version %3 in force)</source>
        <translation>%1 — %2（现行版本 %3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (draft version %2)</source>
        <translation>%1（草稿版本 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2 (draft version %3)</source>
        <translation>%1 — %2（草稿版本 %3）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sent to the server as %1 UTC</source>
        <translation>将以 %1 UTC 发送至服务器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The version in force goes out of use at the moment of the approving signature.</source>
        <translation>现行版本在批准签名的时刻停止使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new version takes effect at the moment of the approving signature.</source>
        <translation>新版本在批准签名完成时生效。</translation>
    </message>
</context>
<context>
    <name>concord::ui::AdminPage</name>
    <message>
        <location filename="../client/identity/adminpage.cpp" line="+29"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role changes</source>
        <translation>角色变更</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active sessions</source>
        <translation>活动会话</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>User %1 (%2)</source>
        <translation>用户 %1（%2）</translation>
    </message>
</context>
<context>
    <name>concord::ui::AlarmBoard</name>
    <message>
        <location filename="../client/kiosk/alarmboard.cpp" line="+40"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading alarms…</source>
        <translation>正在加载报警…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No active alarms</source>
        <translation>无未确认报警</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The alarms could not be loaded: %1</source>
        <translation>无法加载报警：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active alarms</source>
        <translation>未确认报警</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>… and %1 more not shown</source>
        <translation>… 另有 %1 条未显示</translation>
    </message>
</context>
<context>
    <name>concord::ui::AlarmPanel</name>
    <message>
        <location filename="../client/alarm/alarmpanel.cpp" line="+74"/>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Acknowledge…</source>
        <translation>确认(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not have the permission to acknowledge alarms.</source>
        <translation>您没有确认报警的权限。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Alarm %1: %2</source>
        <translation>报警 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alarm %1 at %2: %3</source>
        <translation>报警 %1（%2）：%3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Acknowledge alarm</source>
        <translation>确认报警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment (what was checked or done):</source>
        <translation>备注（检查或处理了什么）：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Acknowledging…</source>
        <translation>正在确认…</translation>
    </message>
</context>
<context>
    <name>concord::ui::ApprovalModel</name>
    <message>
        <location filename="../client/identity/approvalmodel.cpp" line="+36"/>
        <source>Deactivate the account (signing rights: %1)</source>
        <translation>停用账户（签名权限：%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no change)</source>
        <translation>（无变更）</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role or user</source>
        <translation>角色或用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>concord::ui::ApprovalStepsView</name>
    <message>
        <location filename="../client/changecontrol/approvalstepsview.cpp" line="+17"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>签名含义</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next to sign</source>
        <translation>待签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for step %1</source>
        <translation>等待第 %1 步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After submission</source>
        <translation>提交后</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
</context>
<context>
    <name>concord::ui::ApprovalsTab</name>
    <message>
        <location filename="../client/identity/approvalstab.cpp" line="+38"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel request…</source>
        <translation>撤销申请(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign as &amp;approved…</source>
        <translation>签署为“批准”(&amp;A)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The selected request and its signatures</source>
        <translation>所选申请及其签名</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Select a request to see what it changes and who signed it.</source>
        <translation>选择一项申请，查看其变更内容和签名人。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 for %3: %4. Requested by %5 on %6. Reason: %7. Status: %8.</source>
        <translation>%1 %2（%3）：%4。由 %5 于 %6 申请。原因：%7。状态：%8。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancel request</source>
        <translation>撤销申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel %1 %2 for %3 (%4)? Nothing of it takes effect.</source>
        <translation>撤销 %1 %2（%3：%4）？其中任何内容都不会生效。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel &amp;request</source>
        <translation>撤销申请(&amp;R)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 for %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 is approved and in effect.</source>
        <translation>%1 %2 已批准并生效。</translation>
    </message>
</context>
<context>
    <name>concord::ui::AuditDetails</name>
    <message>
        <location filename="../client/audit/auditdetails.cpp" line="+50"/>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client address:</source>
        <translation>客户端地址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash:</source>
        <translation>哈希值：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous hash:</source>
        <translation>前一哈希值：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old value</source>
        <translation>旧值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select an entry to see its details.</source>
        <translation>选择一个条目以查看详情。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry #%1: %2 of %3</source>
        <translation>条目 #%1：对 %3 执行 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (stored as %2)</source>
        <translation>%1（存储值 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (user ID %2)</source>
        <translation>%1（用户编号 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none given)</source>
        <translation>（未填写）</translation>
    </message>
</context>
<context>
    <name>concord::ui::AuditExport</name>
    <message>
        <location filename="../client/audit/auditexport.cpp" line="+42"/>
        <location line="+33"/>
        <location line="+26"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Reading the audit trail…</source>
        <translation>正在读取审计追踪…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export to PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>More than %L1 entries match the filter: too many for a PDF. Narrow the filter, or export to CSV.</source>
        <translation>符合筛选条件的条目超过 %L1 个，无法生成 PDF。请缩小筛选范围，或导出为 CSV。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the audit trail… %L1 entries so far</source>
        <translation>正在读取审计追踪… 已读取 %L1 个条目</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+41"/>
        <source>%L1 entries exported to %2</source>
        <translation>已将 %L1 个条目导出到 %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Audit trail</source>
        <translation>审计追踪</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry #%1, hash %2</source>
        <translation>序号 #%1，哈希值 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (UTC %2)</source>
        <translation>%1（UTC %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the PDF (%L1 entries)…</source>
        <translation>正在生成 PDF（%L1 个条目）…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>concord::ui::AuditFilterBar</name>
    <message>
        <location filename="../client/audit/auditfilterbar.cpp" line="+67"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From:</source>
        <translation>起始：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries at or after this time</source>
        <translation>此时间及之后的条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>截止：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries before this time</source>
        <translation>此时间之前的条目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the trail from this entry number down</source>
        <translation>从此条目号开始向下（向更早的条目）列出审计追踪</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record &amp;type:</source>
        <translation>记录类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;ID:</source>
        <translation>记录编号(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actio&amp;n:</source>
        <translation>操作(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Up to &amp;entry #:</source>
        <translation>截至条目号(&amp;E)：</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>record %1 %2</source>
        <translation>记录 %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(any type)</source>
        <translation>（任意类型）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(any ID)</source>
        <translation>（任意编号）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action %1</source>
        <translation>操作 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before %1</source>
        <translation>早于 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entries up to #%1</source>
        <translation>条目 #%1 及之前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All entries</source>
        <translation>全部条目</translation>
    </message>
</context>
<context>
    <name>concord::ui::AuditViewer</name>
    <message>
        <location filename="../client/audit/auditviewer.cpp" line="+44"/>
        <source>&amp;Verify chain</source>
        <translation>校验哈希链(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recompute the hash of every entry of the whole trail and check that none was changed, removed or inserted</source>
        <translation>重新计算整个审计追踪中每个条目的哈希值，检查是否有条目被修改、删除或插入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the entries again, with those written since</source>
        <translation>重新加载条目，包括此后新写入的条目</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Entry #%1 is missing from the trail; the entry before it is selected.</source>
        <translation>审计追踪中缺少条目 #%1；已选中它之前的条目。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No entries match the filter.</source>
        <translation>没有符合筛选条件的条目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 entries shown; scroll down for older ones</source>
        <translation>已显示 %L1 个条目；向下滚动可查看更早的条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 entries</source>
        <translation>%L1 个条目</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verifying the whole audit trail… On a large trail this takes a while; you can go on working.</source>
        <translation>正在校验整个审计追踪… 审计追踪较大时需要一些时间；您可以继续工作。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checked at %1</source>
        <translation>校验时间：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit trail is intact: %L1 entries verified</source>
        <translation>审计追踪完整：已校验 %L1 个条目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit trail was altered: the first broken entry is #%1</source>
        <translation>审计追踪已被篡改：第一个损坏的条目为 #%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show entry #%1</source>
        <translation>显示条目 #%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the audit trail to CSV</source>
        <translation>将审计追踪导出为 CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the audit trail to PDF</source>
        <translation>将审计追踪导出为 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Audit trail of record %1</source>
        <translation>记录 %1 的审计追踪</translation>
    </message>
</context>
<context>
    <name>concord::ui::BomEditor</name>
    <message>
        <location filename="../client/masterdata/bomeditor.cpp" line="+39"/>
        <source>Code of a finished or semi-finished material</source>
        <translation>成品或半成品物料的编码</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Material:</source>
        <translation>物料(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Base quantity:</source>
        <translation>基本数量(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add line</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove line</source>
        <translation>删除行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expand all</source>
        <translation>全部展开(&amp;E)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>New BOM</source>
        <translation>新物料清单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New draft, starting from version %1</source>
        <translation>新草稿，基于版本 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 · %2</source>
        <translation>版本 %1 · %2</translation>
    </message>
</context>
<context>
    <name>concord::ui::BomTreeModel</name>
    <message>
        <location filename="../client/masterdata/bomtreemodel.cpp" line="+305"/>
        <source>BOM of %1, version %2 (%3), for a base quantity of %4</source>
        <translation>%1 的物料清单，版本 %2（%3），基本数量 %4</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Line of the BOM of %1 (read-only here)</source>
        <translation>%1 的物料清单行（此处只读）</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Position</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component</source>
        <translation>子件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity per</source>
        <translation>用量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scrap factor</source>
        <translation>损耗率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>concord::ui::ChangeControlPage</name>
    <message>
        <location filename="../client/changecontrol/changecontrolpage.cpp" line="+33"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New change order…</source>
        <translation>新建变更单(&amp;N)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Change order %1 opened. Add the drafts it changes, then submit it for approval.</source>
        <translation>已创建变更单 %1。请添加需变更的草稿，然后提交审批。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Change order %1: %2</source>
        <translation>变更单 %1：%2</translation>
    </message>
</context>
<context>
    <name>concord::ui::ChangeOrderDialog</name>
    <message>
        <location filename="../client/changecontrol/changeorderdialog.cpp" line="+24"/>
        <source>New change order</source>
        <translation>新建变更单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change order %1</source>
        <translation>变更单 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why the change is needed: complaint, CAPA, supplier change, improvement …</source>
        <translation>变更的必要性：投诉、CAPA、供应商变更、改进 …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Class:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approval: %1</source>
        <translation>批准流程：%1</translation>
    </message>
</context>
<context>
    <name>concord::ui::ChangeOrderModel</name>
    <message>
        <location filename="../client/changecontrol/changeordermodel.cpp" line="+111"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>明细数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>编写人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
</context>
<context>
    <name>concord::ui::ChangeOrderPanel</name>
    <message>
        <location filename="../client/changecontrol/changeorderpanel.cpp" line="+82"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubmit for approval</source>
        <translation>提交审批(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+252"/>
        <source>&amp;Sign…</source>
        <translation>签名(&amp;S)…</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>&amp;Withdraw…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &amp;order…</source>
        <translation>撤销变更单(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add item…</source>
        <translation>添加明细(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move item</source>
        <translation>移除明细(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare with replaced version…</source>
        <translation>与被替代版本比较(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View version…</source>
        <translation>查看版本(&amp;V)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author:</source>
        <translation>编写人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+319"/>
        <source>Items</source>
        <translation>明细</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Approval</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Impact assessment</source>
        <translation>影响评估</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No change order selected</source>
        <translation>未选择变更单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — approval: %2</source>
        <translation>%1 — 批准流程：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submitted %1</source>
        <translation>提交于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Take out of use</source>
        <translation>停止使用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Release</source>
        <translation>发布</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>You do not have the right to sign change orders as “%1”.</source>
        <translation>您无权以“%1”签署变更单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sign as %1…</source>
        <translation>签署%1(&amp;S)…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Item added. Submit the change order when every changed version is on it.</source>
        <translation>已添加明细。所有变更的版本都加入后，请提交变更单。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is off the change order; the draft stays as it is.</source>
        <translation>%1 已从变更单中移除；草稿保持不变。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is submitted: its versions are in review and can no longer change. The server has assessed the impact below.</source>
        <translation>%1 已提交：其版本处于审核中，不能再修改。服务器已完成影响评估，结果见下方。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change order %1: %2</source>
        <translation>变更单 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>编写人</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is approved: its versions take effect from their dates.</source>
        <translation>%1 已批准：其版本将按各自的生效时间生效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is signed as %2.</source>
        <translation>%1 已签名，签名含义：%2。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Withdraw change order</source>
        <translation>撤回变更单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw %1 from review? Its versions become drafts again and the signatures given so far no longer count.</source>
        <translation>将 %1 从审核中撤回？其版本将恢复为草稿，此前已有的签名将不再有效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is back in draft.</source>
        <translation>%1 已恢复为草稿。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reject change order</source>
        <translation>驳回变更单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject %1? Its versions return to draft and are free for another change order.</source>
        <translation>驳回 %1？其版本将恢复为草稿，并可加入其他变更单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is rejected.</source>
        <translation>%1 已驳回。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel change order</source>
        <translation>撤销变更单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel %1? Nothing on it takes effect; its versions return to draft.</source>
        <translation>撤销 %1？其中的任何内容都不会生效；其版本将恢复为草稿。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &amp;order</source>
        <translation>撤销变更单(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is cancelled.</source>
        <translation>%1 已撤销。</translation>
    </message>
</context>
<context>
    <name>concord::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../client/shell/changepassworddialog.cpp" line="+19"/>
        <location line="+24"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your password has expired. Choose a new one to continue.</source>
        <translation>您的密码已过期。请设置新密码以继续。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password must be changed before you continue.</source>
        <translation>继续之前必须修改您的密码。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new password:</source>
        <translation>重复新密码(&amp;R)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The new passwords do not match.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a new password.</source>
        <translation>请输入新密码。</translation>
    </message>
</context>
<context>
    <name>concord::ui::ChildRowsTable</name>
    <message>
        <location filename="../client/masterdata/childrowstable.cpp" line="+33"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
</context>
<context>
    <name>concord::ui::DictionaryBrowser</name>
    <message>
        <location filename="../client/dictionary/dictionarybrowser.cpp" line="+59"/>
        <source>Filter entities and fields, e.g. “gtin”, “unit”, “MaterialDefinition” …</source>
        <translation>筛选对象类型和字段，例如“gtin”、“unit”、“MaterialDefinition”…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As &amp;CSV (spreadsheet) …</source>
        <translation>CSV 格式（电子表格）(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As &amp;HTML …</source>
        <translation>HTML 格式(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As &amp;PDF …</source>
        <translation>PDF 格式(&amp;P)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading the data dictionary …</source>
        <translation>正在加载数据字典…</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%1 entities with %n field(s) in all.</source>
        <translation>
            <numerusform>%1 个对象类型，共 %n 个字段。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）— %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows of: %1.</source>
        <translation>%1 的明细行。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allowed values: %1</source>
        <translation>允许值：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Export the data dictionary</source>
        <translation>导出数据字典</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML 文件 (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Concord data dictionary</source>
        <translation>Concord 数据字典</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (UTC %2)</source>
        <translation>%1（UTC %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>concord::ui::DictionaryEntityModel</name>
    <message>
        <location filename="../client/dictionary/dictionaryentitymodel.cpp" line="+30"/>
        <source>Entity</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ISA-95</source>
        <translation>ISA-95</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner module</source>
        <translation>所属模块</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change order needed</source>
        <translation>需通过变更单修改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fields</source>
        <translation>字段数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Change order</source>
        <translation>变更单</translation>
    </message>
</context>
<context>
    <name>concord::ui::DictionaryExport</name>
    <message>
        <location filename="../client/dictionary/dictionaryexport.cpp" line="+29"/>
        <source>Writing the data dictionary …</source>
        <translation>正在写入数据字典…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to HTML</source>
        <translation>导出为 HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the data dictionary … %1 of %2 entities</source>
        <translation>正在写入数据字典… 已完成 %1 个对象类型，共 %2 个</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The data dictionary (%n field(s)) was exported to %1</source>
        <translation>
            <numerusform>数据字典（%n 个字段）已导出至 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling …</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>concord::ui::DictionaryFieldModel</name>
    <message>
        <location filename="../client/dictionary/dictionaryfieldmodel.cpp" line="+31"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allowed values</source>
        <translation>允许值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ISA-95</source>
        <translation>ISA-95</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change order needed</source>
        <translation>需通过变更单修改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>in field %1</source>
        <translation>取自字段 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Code of: %1</source>
        <translation>%1 的编码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pattern %1</source>
        <translation>格式 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>up to %n character(s)</source>
        <translation>
            <numerusform>最多 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change order</source>
        <translation>变更单</translation>
    </message>
</context>
<context>
    <name>concord::ui::EntityForm</name>
    <message>
        <location filename="../client/masterdata/entityform.cpp" line="+37"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The server gives the number when the record is saved.</source>
        <translation>保存记录时由服务器分配编号。</translation>
    </message>
</context>
<context>
    <name>concord::ui::EntityListModel</name>
    <message>
        <location filename="../client/masterdata/entitylistmodel.cpp" line="+101"/>
        <source>Version %1 (%2)</source>
        <translation>版本 %1（%2）</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest draft</source>
        <translation>最新草稿</translation>
    </message>
</context>
<context>
    <name>concord::ui::EntityPage</name>
    <message>
        <location filename="../client/masterdata/entitypage.cpp" line="+44"/>
        <source>Filter by code, name or any column …</source>
        <translation>按编码、名称或任意列筛选…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>As &amp;of</source>
        <translation>截至(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the versions that were in force at a past moment.</source>
        <translation>显示过去某一时刻有效的版本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Local time (%1)</source>
        <translation>本地时间（%1）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new record: %1</source>
        <translation>新建记录：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where used</source>
        <translation>使用情况</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Loading …</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n record(s) shown</source>
        <translation>
            <numerusform>显示 %1 条，共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the new record you have not saved?</source>
        <translation>放弃尚未保存的新记录？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your unsaved changes to %1?</source>
        <translation>放弃对 %1 所做的未保存修改？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard changes</source>
        <translation>放弃修改(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>concord::ui::FieldEditor</name>
    <message>
        <location filename="../client/masterdata/fieldeditor.cpp" line="+48"/>
        <source>Set a date; clear the box to leave the date empty.</source>
        <translation>勾选以设置日期；取消勾选则日期留空。</translation>
    </message>
</context>
<context>
    <name>concord::ui::GlobalSearch</name>
    <message>
        <location filename="../client/shell/globalsearch.cpp" line="+13"/>
        <source>Search ID or scan barcode…</source>
        <translation>搜索编号或扫描条码…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing found for “%1”.</source>
        <translation>未找到与“%1”相关的结果。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n result(s) for “%1”.</source>
        <translation>
            <numerusform>“%1”共有 %n 条结果。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::ui::ImpactView</name>
    <message>
        <location filename="../client/changecontrol/impactview.cpp" line="+14"/>
        <source>%1, version %2 (%3)</source>
        <translation>%1，版本 %2（%3）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: none</source>
        <translation>%1：无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server assesses the impact when the change order is submitted.</source>
        <translation>提交变更单时由服务器进行影响评估。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>new, replaces nothing</source>
        <translation>新增，不替代任何版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaces version %1</source>
        <translation>替代版本 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>BOM %1, position %2: %3 %4</source>
        <translation>物料清单 %1，行号 %2：%3 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BOMs that use it</source>
        <translation>使用该物料的物料清单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Routing %1 — %2</source>
        <translation>工艺路线 %1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routings that make it</source>
        <translation>生产该物料的工艺路线</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 pins version %3 (since %4)</source>
        <translation>%1 %2 锁定版本 %3（自 %4 起）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open orders</source>
        <translation>未关闭订单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessed by the server at %1</source>
        <translation>服务器评估时间：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n BOM(s) using changed materials</source>
        <translation>
            <numerusform>%n 个物料清单使用了变更的物料</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n routing(s)</source>
        <translation>
            <numerusform>%n 条工艺路线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open order(s)</source>
        <translation>
            <numerusform>%n 个未关闭订单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::ui::KioskLauncher</name>
    <message>
        <location filename="../client/kiosk/kiosklauncher.cpp" line="+104"/>
        <source>This display cannot start: its configuration file must be fixed.</source>
        <translation>此看板无法启动：必须修正其配置文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The display starts by itself as soon as the file is correct.</source>
        <translation>配置文件修正后，看板将自动启动。</translation>
    </message>
</context>
<context>
    <name>concord::ui::KioskSession</name>
    <message>
        <location filename="../client/kiosk/kiosksession.cpp" line="+41"/>
        <source>The server %1 presents a different certificate than before (%2). Nothing was sent to it. An administrator must check the server; if the new certificate is expected, remove the line for %1 from %3.</source>
        <translation>服务器 %1 提供的证书与之前不同（%2）。未向其发送任何数据。必须由管理员检查服务器；如确属预期的证书更换，请从 %3 中删除 %1 所在的行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+59"/>
        <source>The display stopped connecting to %1: %2</source>
        <translation>看板已停止连接 %1：%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The display account %1 must change its password before it can show anything. Sign in with it once in the desktop client to change the password, then put the new one into the display configuration file.</source>
        <translation>显示账户 %1 必须先修改密码才能显示内容。请在桌面客户端中用该账户登录一次以修改密码，然后将新密码填入看板配置文件。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The display account %1 could not sign in: the user name or password is wrong. Correct them in the display configuration file; the display reads it again by itself.</source>
        <translation>显示账户 %1 无法登录：用户名或密码错误。请在看板配置文件中更正；看板会自动重新读取该文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The display account %1 could not sign in: %2 The display tries again by itself.</source>
        <translation>显示账户 %1 无法登录：%2看板将自动重试。</translation>
    </message>
</context>
<context>
    <name>concord::ui::KioskWindow</name>
    <message>
        <location filename="../client/kiosk/kioskwindow.cpp" line="+178"/>
        <source>Live</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Connection to the server lost — reconnecting… last update %1</source>
        <translation>与服务器的连接已中断 — 正在重新连接… 最后更新 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to the server %1…</source>
        <translation>正在连接服务器 %1…</translation>
    </message>
</context>
<context>
    <name>concord::ui::LockScreen</name>
    <message>
        <location filename="../client/shell/lockscreen.cpp" line="+20"/>
        <source>Concord is locked</source>
        <translation>Concord 已锁定</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Signed in as %1 (%2). Locked since %3.
Only %1 can unlock; anyone else signs out.</source>
        <translation>已以 %1（%2）身份登录。锁定时间：%3。
只有 %1 可以解锁；其他人只能退出登录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter your password.</source>
        <translation>请输入您的密码。</translation>
    </message>
</context>
<context>
    <name>concord::ui::LoginDialog</name>
    <message>
        <location filename="../client/shell/logindialog.cpp" line="+27"/>
        <source>Concord — Sign in</source>
        <translation>Concord — 登录</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in to Concord</source>
        <translation>登录 Concord</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot connect to the server %1: %2</source>
        <translation>无法连接服务器 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server %1 presents a different certificate than before. This can mean an attack; do not sign in and call your administrator.</source>
        <translation>服务器 %1 提供的证书与之前不同。这可能意味着遭受攻击；请勿登录，并联系您的管理员。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Enter the server as host:port, for example 127.0.0.1:7443.</source>
        <translation>请按“主机:端口”格式输入服务器，例如 127.0.0.1:7443。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your user name.</source>
        <translation>请输入您的用户名。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>You must change your password before you can use Concord.</source>
        <translation>您必须先修改密码才能使用 Concord。</translation>
    </message>
</context>
<context>
    <name>concord::ui::MainWindow</name>
    <message>
        <location filename="../client/shell/mainwindow.cpp" line="+32"/>
        <source>Concord</source>
        <translation>Concord</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No module is available to your account.</source>
        <translation>您的账户没有可用的模块。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Concord</source>
        <translation>Concord(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The new language is used from the next start of Concord.</source>
        <translation>新语言将在下次启动 Concord 时生效。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Critical alarm at %1: %2</source>
        <translation>%1 发生严重报警：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Critical alarm at %1</source>
        <translation>%1 发生严重报警</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disconnected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected, not signed in</source>
        <translation>已连接，未登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重新连接…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Server time: %1</source>
        <translation>服务器时间：%1</translation>
    </message>
</context>
<context>
    <name>concord::ui::MasterDataPage</name>
    <message>
        <location filename="../client/masterdata/masterdatapage.cpp" line="+35"/>
        <source>Loading the data dictionary …</source>
        <translation>正在加载数据字典…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Versioned</source>
        <translation>版本受控</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Versions take effect only through an approved change order.</source>
        <translation>版本仅通过已批准的变更单生效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain</source>
        <translation>直接修改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed in place; every change is audited with its reason.</source>
        <translation>直接在原记录上修改；每次修改连同原因记入审计追踪。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
</context>
<context>
    <name>concord::ui::PermissionPicker</name>
    <message>
        <location filename="../client/identity/permissionpicker.cpp" line="+17"/>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allows</source>
        <translation>允许</translation>
    </message>
</context>
<context>
    <name>concord::ui::ReasonDialog</name>
    <message>
        <location filename="../client/identity/reasondialog.cpp" line="+26"/>
        <source>Required: recorded in the audit trail</source>
        <translation>必填：将记录在审计追踪中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>concord::ui::RecordPanel</name>
    <message>
        <location filename="../client/masterdata/recordpanel.cpp" line="+61"/>
        <location line="+323"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="-321"/>
        <location line="+215"/>
        <source>&amp;Undo changes</source>
        <translation>撤销修改(&amp;U)</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Start new &amp;draft</source>
        <translation>新建草稿(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;draft</source>
        <translation>打开草稿(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;iscard draft…</source>
        <translation>放弃草稿(&amp;I)…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a record in the list, or create a new one.</source>
        <translation>请在列表中选择一条记录，或新建记录。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 changed %2 meanwhile. Saving your changes will be refused; undo them to see the current data.</source>
        <translation>%1 在此期间修改了 %2。您的修改将无法保存；请撤销修改以查看当前数据。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 changed this record at %2; the current data is shown.</source>
        <translation>%1 于 %2 修改了此记录；当前显示的是最新数据。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+40"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>New: %1</source>
        <translation>新建：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 — new draft</source>
        <translation>%1 %2 — 新草稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 — version %3 (%4)</source>
        <translation>%1 %2 — 版本 %3（%4）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server gives the number when you save.</source>
        <translation>保存时由服务器分配编号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes take effect when saved; you are asked for a reason, which goes into the audit trail.</source>
        <translation>修改在保存后即生效；保存时须填写原因，原因将记入审计追踪。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes go through a change order: save a new draft, put it on a change order, and it takes effect when the change order is approved.</source>
        <translation>修改须通过变更单进行：保存新草稿，将其加入变更单，变更单批准后即生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new record starts as draft version 1.</source>
        <translation>新记录初始为草稿版本 1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new draft based on version %1. Save it, then put it on a change order.</source>
        <translation>基于版本 %1 的新草稿。请先保存，然后将其加入变更单。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version %1 is a draft: it can change until it goes on a change order, and it takes effect only when that change order is approved.</source>
        <translation>版本 %1 为草稿：加入变更单之前可以修改，且仅在该变更单批准后才生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 is a draft on change order %2.</source>
        <translation>版本 %1 为变更单 %2 中的草稿。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 is in review on change order %2 and cannot change.</source>
        <translation>版本 %1 正在变更单 %2 中审核，不能修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 is approved (change order %2) and in force since %3. Approved versions never change.</source>
        <translation>版本 %1 已批准（变更单 %2），自 %3 起生效。已批准的版本永不更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1 was in force from %2 to %3 and never changes.</source>
        <translation>版本 %1 的有效期为 %2 至 %3，永不更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 is %2 and never changes.</source>
        <translation>版本 %1 的状态为“%2”，永不更改。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open version %1 (%2)</source>
        <translation>打开版本 %1（%2）</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Draft version %1 of %2 %3 saved. It takes effect only when a change order with it is approved.</source>
        <translation>已保存 %2 %3 的草稿版本 %1。仅在包含该版本的变更单批准后才生效。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 created as draft version 1.</source>
        <translation>已创建 %1 %2，为草稿版本 1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 created.</source>
        <translation>已创建 %1 %2。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Save %1 %2</source>
        <translation>保存 %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1 %2 (%3)? The change and your reason go into the audit trail.</source>
        <translation>保存对 %1 %2 的修改（%3）？修改内容及您填写的原因将记入审计追踪。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 %2 saved; the change and your reason are in the audit trail.</source>
        <translation>已保存 %1 %2；修改内容及您填写的原因已记入审计追踪。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Discard draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard draft version %1 of %2 %3? Its content is removed; the audit trail keeps a record of it.</source>
        <translation>放弃 %2 %3 的草稿版本 %1？其内容将被删除；审计追踪中会保留相关记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Discard draft</source>
        <translation>放弃草稿(&amp;D)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+3"/>
        <source>Draft version %1 of %2 %3 discarded.</source>
        <translation>已放弃 %2 %3 的草稿版本 %1。</translation>
    </message>
</context>
<context>
    <name>concord::ui::RoleChangeDialog</name>
    <message>
        <location filename="../client/identity/rolechangedialog.cpp" line="+24"/>
        <source>Request role change</source>
        <translation>申请角色变更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new roles take effect only when another person approves this request with an electronic signature.</source>
        <translation>新角色仅在另一人以电子签名批准此申请后才生效。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Required: recorded in the audit trail and signed with the change</source>
        <translation>必填：将记录在审计追踪中，并随变更一起签名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current roles:</source>
        <translation>当前角色：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New roles:</source>
        <translation>新角色(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Request</source>
        <translation>提交申请(&amp;R)</translation>
    </message>
</context>
<context>
    <name>concord::ui::RoleChangeModel</name>
    <message>
        <location filename="../client/identity/rolechangemodel.cpp" line="+33"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles before</source>
        <translation>变更前角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested roles</source>
        <translation>申请的角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>concord::ui::RoleChangesTab</name>
    <message>
        <location filename="../client/identity/rolechangestab.cpp" line="+47"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Request role change…</source>
        <translation>申请角色变更(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel change…</source>
        <translation>撤销变更(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign as re&amp;viewed…</source>
        <translation>签署审核(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign as &amp;approved…</source>
        <translation>签署批准(&amp;A)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signatures of the selected role change</source>
        <translation>所选角色变更的签名</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Select a role change to see its signatures.</source>
        <translation>选择一个角色变更以查看其签名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role change %1 for %2: %3 → %4. Requested by %5 on %6. Reason: %7. Status: %8.</source>
        <translation>角色变更 %1（%2）：%3 → %4。由 %5 于 %6 申请。原因：%7。状态：%8。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Role change %1 requested. It takes effect when another person signs it as approved.</source>
        <translation>已申请角色变更 %1。需由另一人以“批准”签名后才生效。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel role change</source>
        <translation>撤销角色变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel role change %1 for %2? The user keeps the roles %3.</source>
        <translation>撤销 %2 的角色变更 %1？该用户将保留角色 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel &amp;change</source>
        <translation>撤销变更(&amp;C)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New roles for %1</source>
        <translation>%1 的新角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, user ID %2</source>
        <translation>%1，用户名 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles before</source>
        <translation>变更前角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles after</source>
        <translation>变更后角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Role change %1 is approved and applied: %2 has the new roles.</source>
        <translation>角色变更 %1 已批准并生效：%2 已拥有新角色。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role change %1 is signed as %2.</source>
        <translation>角色变更 %1 已签名，签名含义：%2。</translation>
    </message>
</context>
<context>
    <name>concord::ui::RoleDialog</name>
    <message>
        <location filename="../client/identity/roledialog.cpp" line="+41"/>
        <source>New role</source>
        <translation>新建角色</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit role %1</source>
        <translation>编辑角色 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. line-lead</source>
        <translation>例如 line-lead</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Required: recorded in the audit trail</source>
        <translation>必填：将记录在审计追踪中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 to 64 lowercase letters, digits, “_” and “-”, starting with a letter. A role&apos;s name cannot be changed later.</source>
        <translation>2 到 64 个小写字母、数字、“_”和“-”，以字母开头。角色名称以后不能更改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Permissions:</source>
        <translation>权限(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New permissions take effect when another person approves them with an electronic signature (Approvals tab); then every user who holds this role has them.</source>
        <translation>新权限在另一人以电子签名批准后生效（“审批”标签页）；届时所有拥有此角色的用户都将获得这些权限。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>These permissions wait for approval (request %1, Approvals tab). Saving changes that request; signatures collected for it so far no longer count.</source>
        <translation>这些权限正在等待批准（申请 %1，“审批”标签页）。保存将修改该申请；此前为其收集的签名将不再有效。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Create role</source>
        <translation>创建角色(&amp;C)</translation>
    </message>
</context>
<context>
    <name>concord::ui::RolesTab</name>
    <message>
        <location filename="../client/identity/rolestab.cpp" line="+32"/>
        <source>Roles and the permissions they give. A user&apos;s roles and a role&apos;s permissions change only when another person approves the change with an electronic signature.</source>
        <translation>角色及其授予的权限。用户的角色和角色的权限只有在另一人以电子签名批准变更后才会改变。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role / permission</source>
        <translation>角色 / 权限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New role…</source>
        <translation>新建角色(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit role…</source>
        <translation>编辑角色(&amp;E)…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Administer users (create, edit, deactivate, unlock, reset password, request role changes)</source>
        <translation>管理用户（创建、编辑、停用、解锁、重置密码、申请角色变更）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See users and roles</source>
        <translation>查看用户和角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create and change roles</source>
        <translation>创建和修改角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See active sessions</source>
        <translation>查看活动会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See role changes</source>
        <translation>查看角色变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See requests that change who may sign (Approvals)</source>
        <translation>查看改变签名权限的申请（审批）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel such requests</source>
        <translation>撤销此类申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the audit trail</source>
        <translation>查阅审计追踪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the audit trail</source>
        <translation>校验审计追踪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See electronic signatures</source>
        <translation>查看电子签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See alarms</source>
        <translation>查看报警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise alarms</source>
        <translation>触发报警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge alarms</source>
        <translation>确认报警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive live updates</source>
        <translation>接收实时更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep durable event cursors (integrations)</source>
        <translation>保留持久事件游标（系统集成）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign %1 as “%2”</source>
        <translation>以“%2”签署%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>change pending: %1</source>
        <translation>待批准的变更：%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Its new permissions take effect when another person signs request %1 as approved (Approvals tab).</source>
        <translation>新权限将在另一人将申请 %1 签署为“批准”后生效（“审批”标签页）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The role %1 is created.</source>
        <translation>角色 %1 已创建。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role %1 is created without permissions. %2</source>
        <translation>角色 %1 已创建，暂无权限。%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The role %1 is changed.</source>
        <translation>角色 %1 已更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The description of role %1 is saved. %2</source>
        <translation>角色 %1 的说明已保存。%2</translation>
    </message>
</context>
<context>
    <name>concord::ui::RoutingDelegate</name>
    <message>
        <location filename="../client/masterdata/routingdelegate.cpp" line="+53"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>concord::ui::RoutingEditor</name>
    <message>
        <location filename="../client/masterdata/routingeditor.cpp" line="+65"/>
        <source>RT-…</source>
        <translation>RT-…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Material:</source>
        <translation>物料(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operations</source>
        <translation>工序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;operation</source>
        <translation>添加工序(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove operation</source>
        <translation>删除工序</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Process parameters</source>
        <translation>工艺参数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;parameter</source>
        <translation>添加参数(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove parameter</source>
        <translation>删除参数</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>New routing</source>
        <translation>新建工艺路线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New draft, starting from version %1</source>
        <translation>新草稿，基于版本 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 · %2</source>
        <translation>版本 %1 · %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Select an operation to see its process parameters.</source>
        <translation>选择一个工序以查看其工艺参数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operation %1 · %2</source>
        <translation>工序 %1 · %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the limits (minimum ≤ target ≤ maximum); the server will refuse them like this:
%1</source>
        <translation>请检查限值（最小值 ≤ 目标值 ≤ 最大值）；照此保存将被服务器拒绝：
%1</translation>
    </message>
</context>
<context>
    <name>concord::ui::RoutingOperationModel</name>
    <message>
        <location filename="../client/masterdata/routingoperationmodel.cpp" line="+185"/>
        <source>The process parameters of this operation have problems.</source>
        <translation>此工序的工艺参数存在问题。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Standard set-up time per order, in minutes</source>
        <translation>每个工单的标准准备时间（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard run time per unit, in minutes</source>
        <translation>每单位产品的标准加工时间（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second person must verify the step</source>
        <translation>该步骤须由第二人复核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results must be inspected before the next operation</source>
        <translation>须先对结果进行检验，方可进入下一道工序</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seq</source>
        <translation>工序号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation</source>
        <translation>工序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work centre</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set-up (min)</source>
        <translation>准备时间（分钟）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run (min)</source>
        <translation>加工时间（分钟）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspection</source>
        <translation>检验</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second person</source>
        <translation>双人复核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instructions</source>
        <translation>作业指导</translation>
    </message>
</context>
<context>
    <name>concord::ui::RoutingParameterModel</name>
    <message>
        <location filename="../client/masterdata/routingparametermodel.cpp" line="+185"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limits</source>
        <translation>限值</translation>
    </message>
</context>
<context>
    <name>concord::ui::SessionsPanel</name>
    <message>
        <location filename="../client/session/sessionspanel.cpp" line="+26"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed in since</source>
        <translation>登录时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last activity</source>
        <translation>最后活动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (%2 min ago)</source>
        <translation>%1（%2 分钟前）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n active session(s) on this server.</source>
        <translation>
            <numerusform>此服务器上有 %n 个活动会话。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::ui::SettingsDialog</name>
    <message>
        <location filename="../client/shell/settingsdialog.cpp" line="+19"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new language is used from the next start of Concord.</source>
        <translation>新语言将在下次启动 Concord 时生效。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Font size:</source>
        <translation>字体大小(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock the screen after:</source>
        <translation>空闲多久后锁定屏幕(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>concord::ui::SignatureDialog</name>
    <message>
        <location filename="../client/signature/signaturedialog.cpp" line="+44"/>
        <location line="+89"/>
        <source>Electronic signature</source>
        <translation>电子签名</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+218"/>
        <source>%1 %2, version %3</source>
        <translation>%1 %2，版本 %3</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>You are signing</source>
        <translation>您正在签署</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+100"/>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Meaning of this signature</source>
        <translation>签名含义</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (user ID %2)</source>
        <translation>%1（用户名 %2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signer:</source>
        <translation>签名人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User ID:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Comment:</source>
        <translation>备注(&amp;C)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your electronic signature is legally binding: it is the equivalent of your handwritten signature. Sign only what you have read.</source>
        <translation>您的电子签名具有法律约束力，等同于您的手写签名。请只签署您已阅读的内容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+79"/>
        <source>&amp;Sign</source>
        <translation>签名(&amp;S)</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>✔ Signed</source>
        <translation>✔ 已签名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed by:</source>
        <translation>签名人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time:</source>
        <translation>日期和时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning:</source>
        <translation>签名含义：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature is stored with this version of the record and in the audit trail. It stays valid only as long as the record is not changed.</source>
        <translation>签名与此版本的记录一起保存，并记入审计追踪。仅当记录未被修改时，签名才保持有效。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Signing…</source>
        <translation>正在签名…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is your first signature since you signed in: enter your user ID and your password, then press Sign.</source>
        <translation>这是您登录后的首次签名：请输入您的用户名和密码，然后点击“签名”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter your user ID.</source>
        <translation>请输入您的用户名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>请输入您的密码。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Too many wrong passwords: your account is now locked and your session ends. Nothing was signed. Ask an administrator to unlock your account.</source>
        <translation>密码错误次数过多：您的账户现已锁定，会话将结束。未签署任何内容。请联系管理员解锁您的账户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not have the right to sign this record as “%1”. Nothing was signed.</source>
        <translation>您无权以“%1”签署此记录。未签署任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device and display accounts cannot sign. Nothing was signed.</source>
        <translation>设备账户和显示账户不能签名。未签署任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Sign again to retry: a signature that did reach the server is not recorded twice.</source>
        <translation>请再次点击“签名”重试：已送达服务器的签名不会重复记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was signed.</source>
        <translation>未签署任何内容。</translation>
    </message>
</context>
<context>
    <name>concord::ui::SignatureList</name>
    <message>
        <location filename="../client/signature/signaturelist.cpp" line="+15"/>
        <source>Meaning</source>
        <translation>签名含义</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the record was changed after signing</source>
        <translation>签名后记录已被修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the record no longer exists</source>
        <translation>记录已不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signature record was altered</source>
        <translation>签名记录已被篡改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not valid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>concord::ui::TemporaryPasswordDialog</name>
    <message>
        <location filename="../client/identity/temporarypassworddialog.cpp" line="+20"/>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The temporary password for %1 (user ID %2):</source>
        <translation>%1（用户名 %2）的临时密码：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This password is shown only now and cannot be shown again. Hand it to the user in a safe way; they must change it when they first sign in. If it is lost, reset the password again.</source>
        <translation>此密码仅在此时显示，之后无法再次查看。请以安全的方式交给该用户；用户首次登录时必须修改此密码。如密码遗失，请再次重置密码。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I have &amp;noted the password</source>
        <translation>我已记下密码(&amp;N)</translation>
    </message>
</context>
<context>
    <name>concord::ui::UserDialog</name>
    <message>
        <location filename="../client/identity/userdialog.cpp" line="+29"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit user %1</source>
        <translation>编辑用户 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. j.smith</source>
        <translation>例如 j.smith</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required: recorded in the audit trail</source>
        <translation>必填：将记录在审计追踪中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User ID:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lowercase letters, digits, “.”, “_” and “-”, starting with a letter. A user ID is never reused, not even after the account is deactivated.</source>
        <translation>只能包含小写字母、数字、“.”、“_”和“-”，且须以字母开头。用户名永不重复使用，即使账户已停用也是如此。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Full &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device (equipment, integration)</source>
        <translation>设备（仪器设备、系统集成）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display (shop TV)</source>
        <translation>显示（车间看板）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Initial &amp;roles:</source>
        <translation>初始角色(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial roles become a role change that another person must approve with an electronic signature.</source>
        <translation>初始角色将作为一项角色变更提交，须由另一人以电子签名批准。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Create user</source>
        <translation>创建用户(&amp;C)</translation>
    </message>
</context>
<context>
    <name>concord::ui::UserModel</name>
    <message>
        <location filename="../client/identity/usermodel.cpp" line="+66"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active, must change password</source>
        <translation>正常，须修改密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>User ID</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>concord::ui::UsersTab</name>
    <message>
        <location filename="../client/identity/userstab.cpp" line="+37"/>
        <source>Filter by user ID, name, role …</source>
        <translation>按用户名、姓名、角色等筛选…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;deactivated accounts</source>
        <translation>显示已停用的账户(&amp;D)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;activate…</source>
        <translation>停用(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The initial roles wait for approval as role change %1.</source>
        <translation>初始角色正在等待批准（角色变更 %1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account %1 exists, but its temporary password was lost on the way. Reset the password to get a new one.</source>
        <translation>账户 %1 已创建，但其临时密码在传输中丢失。请重置密码以获取新密码。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Deactivate account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate the account %1 (%2)?

Every session of this account ends at once: the user is signed out on every computer now. The user ID %1 stays reserved and is never given to anybody else. The account stays in the records and the audit trail.</source>
        <translation>停用账户 %1（%2）？

该账户的所有会话将立即结束：该用户会立即在所有计算机上被登出。用户名 %1 将一直保留，永不分配给他人。该账户仍保留在记录和审计追踪中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account %1 is deactivated; its sessions have ended.</source>
        <translation>账户 %1 已停用；其会话已结束。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds an approval right or is the last holder of a signing right: the account stays active until another person signs deactivation request %2 as approved (Approvals tab).</source>
        <translation>%1 拥有批准权限，或是某项签名权限的最后持有人：在另一人将停用申请 %2 签署为“批准”之前，该账户保持启用（“审批”标签页）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unlock account</source>
        <translation>解锁账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the account %1 (%2)? Its failed password attempts are reset.</source>
        <translation>解锁账户 %1（%2）？其密码失败次数将被重置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account %1 is unlocked.</source>
        <translation>账户 %1 已解锁。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new temporary password for %1 (%2)?

The current password stops working at once and the account is unlocked. The user must choose a new password at the next sign-in.</source>
        <translation>为 %1（%2）设置新的临时密码？

当前密码将立即失效，账户将被解锁。用户下次登录时必须设置新密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reset password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password of %1 was reset, but the temporary password was lost on the way. Reset it again.</source>
        <translation>%1 的密码已重置，但临时密码在传输中丢失。请再次重置。</translation>
    </message>
</context>
<context>
    <name>concord::ui::VersionDiffDialog</name>
    <message>
        <location filename="../client/changecontrol/versiondiffdialog.cpp" line="+21"/>
        <source>Compare versions — %1</source>
        <translation>比较版本 — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 against version %2, which it replaces</source>
        <translation>%1 与其替代的版本 %2 对比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is new: there is no earlier version in force to compare it with.</source>
        <translation>%1 为新增：没有可供比较的先前有效版本。</translation>
    </message>
</context>
<context>
    <name>concord::ui::VersionHistoryPanel</name>
    <message>
        <location filename="../client/masterdata/versionhistorypanel.cpp" line="+52"/>
        <location line="+18"/>
        <location line="+11"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change order</source>
        <translation>变更单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective to</source>
        <translation>失效日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Co&amp;mpare</source>
        <translation>比较(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>against</source>
        <translation>与</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+128"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Choose a record to see its versions.</source>
        <translation>选择一条记录以查看其版本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Versions of %1 %2</source>
        <translation>%1 %2 的版本</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is only one version, so there is nothing to compare yet.</source>
        <translation>只有一个版本，暂无可比较的内容。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Versions %1 and %2 have the same content.</source>
        <translation>版本 %1 与版本 %2 内容相同。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n difference(s) between version %1 and version %2.</source>
        <translation>
            <numerusform>版本 %1 与版本 %2 之间有 %n 处差异。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::ui::VersionViewDialog</name>
    <message>
        <location filename="../client/changecontrol/versionviewdialog.cpp" line="+74"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>concord::ui::WhereUsedPanel</name>
    <message>
        <location filename="../client/masterdata/whereusedpanel.cpp" line="+35"/>
        <source>Used in</source>
        <translation>使用位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose a record to see where it is used.</source>
        <translation>选择一条记录以查看其使用情况。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where %1 %2 is used (versions in force %3, and open drafts)</source>
        <translation>%1 %2 的使用情况（%3有效的版本，以及进行中的草稿）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+37"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Bills of materials that list it</source>
        <translation>列有该物料的物料清单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Position %1: %2 %3</source>
        <translation>行号 %1：%2 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Routings that make it</source>
        <translation>生产该物料的工艺路线</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Routing operations on this work centre</source>
        <translation>在此工作中心执行的工艺路线工序</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operation %1: %2</source>
        <translation>工序 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open orders that pinned a version</source>
        <translation>已锁定版本的未关闭订单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2, pinned %3 by %4</source>
        <translation>%1 %2，由 %4 于 %3 锁定</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../client/app/main.cpp" line="+168"/>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
</context>
</TS>
