<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionParam</name>
    <message>
        <source>parameter &quot;%1&quot; must be text</source>
        <translation>参数“%1”必须是文本</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; is longer than %2 characters</source>
        <translation>参数“%1”超过 %2 个字符</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; must be true or false</source>
        <translation>参数“%1”必须是 true 或 false</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; must be a JSON object</source>
        <translation>参数“%1”必须是 JSON 对象</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; is larger than %2 bytes</source>
        <translation>参数“%1”超过 %2 字节</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; must be a number</source>
        <translation>参数“%1”必须是数字</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; must be a whole number</source>
        <translation>参数“%1”必须是整数</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; must be from %2 to %3</source>
        <translation>参数“%1”必须在 %2 到 %3 之间</translation>
    </message>
</context>
<context>
    <name>AudienceRanking</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>AudioActions</name>
    <message>
        <source>monitoring is off, monitor or both</source>
        <translation>监听只能是 off、monitor 或 both</translation>
    </message>
</context>
<context>
    <name>AudioSpec</name>
    <message>
        <source>the volume must be %1 to %2 dB</source>
        <translation>音量须在 %1 到 %2 dB 之间</translation>
    </message>
    <message>
        <source>the sync offset must be %1 to %2 ms</source>
        <translation>同步偏移须在 %1 到 %2 毫秒之间</translation>
    </message>
    <message>
        <source>the balance must be 0 (left) to 1 (right)</source>
        <translation>声道平衡须在 0（左）到 1（右）之间</translation>
    </message>
    <message>
        <source>tracks are 1 to %1</source>
        <translation>音轨编号为 1 到 %1</translation>
    </message>
    <message>
        <source>monitoring must be &quot;off&quot;, &quot;monitor&quot; or &quot;both&quot;</source>
        <translation>监听必须是 &quot;off&quot;、&quot;monitor&quot; 或 &quot;both&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one key (e.g. F13 or Ctrl+M)</source>
        <translation>“%1”不是单个按键（例如 F13 或 Ctrl+M）</translation>
    </message>
    <message>
        <source>push-to-talk and push-to-mute cannot share the key %1</source>
        <translation>按住说话和按住静音不能共用按键 %1</translation>
    </message>
</context>
<context>
    <name>BilibiliCodec</name>
    <message>
        <source>a frame with over %1 events; the rest of it is dropped</source>
        <translation>一帧中的事件超过 %1 条，其余部分已丢弃</translation>
    </message>
    <message>
        <source>truncated packet: %1 bytes left, a header needs 16</source>
        <translation>数据包被截断：剩余 %1 字节，包头需要 16 字节</translation>
    </message>
    <message>
        <source>garbage at byte %1 (not a packet header); skipping to the next packet</source>
        <translation>第 %1 字节处有乱码（不是数据包头），跳到下一个数据包</translation>
    </message>
    <message>
        <source>truncated packet: header says %1 bytes, %2 arrived</source>
        <translation>数据包被截断：包头声明 %1 字节，实际收到 %2 字节</translation>
    </message>
    <message>
        <source>compressed packets nested too deep</source>
        <translation>压缩数据包嵌套过深</translation>
    </message>
    <message>
        <source>zlib body does not inflate within the frame&apos;s budget</source>
        <translation>zlib 数据在本帧预算内无法解压</translation>
    </message>
    <message>
        <source>brotli body does not decompress within the frame&apos;s budget</source>
        <translation>brotli 数据在本帧预算内无法解压</translation>
    </message>
    <message>
        <source>command body is not JSON: %1</source>
        <translation>命令内容不是 JSON：%1</translation>
    </message>
    <message>
        <source>DANMU_MSG without text or user</source>
        <translation>DANMU_MSG 缺少文本或用户</translation>
    </message>
    <message>
        <source>%1 without a count</source>
        <translation>%1 缺少人数</translation>
    </message>
</context>
<context>
    <name>BridgeCodec</name>
    <message>
        <source>message of %1 bytes is over the %2-byte limit; dropped</source>
        <translation>消息长 %1 字节，超过 %2 字节的上限，已丢弃</translation>
    </message>
    <message>
        <source>not valid JSON (or not UTF-8) at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON（或不是 UTF-8）：%2</translation>
    </message>
    <message>
        <source>a bridge message is a JSON object</source>
        <translation>桥接消息必须是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos;</source>
        <translation>未知类型“%1”</translation>
    </message>
    <message>
        <source>platform &apos;%1&apos; is not one the bridge relays (%2)</source>
        <translation>平台“%1”不在桥接转发的平台之列（%2）</translation>
    </message>
    <message>
        <source>a platform name over 40 characters</source>
        <translation>平台名称超过 40 个字符</translation>
    </message>
    <message>
        <source>an id or name over %1 characters</source>
        <translation>ID 或名称超过 %1 个字符</translation>
    </message>
    <message>
        <source>sentAtMs must be a whole number of ms since 1970, before the year 3000</source>
        <translation>sentAtMs 必须是自 1970 年起的整数毫秒数，且早于 3000 年</translation>
    </message>
    <message>
        <source>comment without text</source>
        <translation>评论没有文本</translation>
    </message>
    <message>
        <source>comment without userName or userId</source>
        <translation>评论没有 userName 或 userId</translation>
    </message>
    <message>
        <source>delete without targetId</source>
        <translation>删除操作缺少 targetId</translation>
    </message>
    <message>
        <source>%1 without orderId</source>
        <translation>%1 缺少 orderId</translation>
    </message>
    <message>
        <source>an orderId or lineId over %1 characters</source>
        <translation>orderId 或 lineId 超过 %1 个字符</translation>
    </message>
    <message>
        <source>quantity must be a whole number from 1 to %1</source>
        <translation>quantity 必须是 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>paidCents must be a whole number of fen from 0 to %1</source>
        <translation>paidCents 必须是 0 到 %1 之间的整数（单位：分）</translation>
    </message>
    <message>
        <source>paidAtMs must be a whole number of ms since 1970, before the year 3000</source>
        <translation>paidAtMs 必须是自 1970 年起的整数毫秒，且早于 3000 年</translation>
    </message>
    <message>
        <source>%1 over %2 characters</source>
        <translation>%1 超过 %2 个字符</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to %2</source>
        <translation>%1 必须是 0 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>audience without online, viewers or views</source>
        <translation>audience 消息没有 online、viewers 或 views</translation>
    </message>
</context>
<context>
    <name>BroadcastSettings</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (byte %2: %3)</source>
        <translation>%1 不是有效的 JSON（第 %2 字节：%3）</translation>
    </message>
    <message>
        <source>%1 was written by a newer ShopCast</source>
        <translation>%1 由更新版本的 ShopCast 写入</translation>
    </message>
    <message>
        <source>audio sample rate %1 is refused (44100 or 48000 Hz); %2 Hz is used</source>
        <translation>音频采样率 %1 不可用（只能是 44100 或 48000 赫兹）；改用 %2 赫兹</translation>
    </message>
    <message>
        <source>replay buffer of %1 s is refused (%2 to %3 s); %4 s is used</source>
        <translation>回放缓存时长 %1 秒不可用（应为 %2 到 %3 秒），已使用 %4 秒</translation>
    </message>
</context>
<context>
    <name>CanvasSpec</name>
    <message>
        <source>canvas &apos;%1&apos; is not of the form WIDTHxHEIGHT, e.g. 1280x720</source>
        <translation>画布“%1”的格式不是 宽x高，例如 1280x720</translation>
    </message>
    <message>
        <source>canvas &apos;%1&apos;: each side must be between 16 and 4096 pixels</source>
        <translation>画布“%1”：每边须在 16 到 4096 像素之间</translation>
    </message>
    <message>
        <source>canvas &apos;%1&apos;: sides must be even for H.264 4:2:0</source>
        <translation>画布“%1”：H.264 4:2:0 要求边长为偶数</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>usage: shopcast-cli catalog import FILE --db PATH | catalog export --db PATH --format csv|json [--out FILE]</source>
        <translation>用法：shopcast-cli catalog import 文件 --db 路径 | catalog export --db 路径 --format csv|json [--out 文件]</translation>
    </message>
    <message>
        <source>Import products from CSV (UTF-8 or GB18030, English or Chinese headers) or JSON. A file with any error imports nothing.</source>
        <translation>从 CSV（UTF-8 或 GB18030，中英文表头均可）或 JSON 导入商品。文件中有任何错误则一件也不导入。</translation>
    </message>
    <message>
        <source>Catalog database file.</source>
        <translation>商品库数据库文件。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>products.csv or products.json</source>
        <translation>products.csv 或 products.json</translation>
    </message>
    <message>
        <source>usage: shopcast-cli catalog import FILE --db PATH</source>
        <translation>用法：shopcast-cli catalog import 文件 --db 路径</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1：警告：%2</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1：错误：%2</translation>
    </message>
    <message>
        <source>%1; %2 products in the catalog</source>
        <translation>%1；商品库中共 %2 件商品</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv 或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入文件，而不是标准输出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>usage: shopcast-cli catalog export --db PATH --format csv|json [--out FILE]</source>
        <translation>用法：shopcast-cli catalog export --db 路径 --format csv|json [--out 文件]</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CatalogExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the products could not be read: %1</source>
        <translation>无法读取商品：%1</translation>
    </message>
</context>
<context>
    <name>CatalogImport</name>
    <message numerus="yes">
        <source>%1: %n error(s); nothing was imported</source>
        <translation>
            <numerusform>%1：%n 个错误，未导入任何商品</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the database refused the import, nothing was imported: %2</source>
        <translation>%1：数据库拒绝了导入，未导入任何订单：%2</translation>
    </message>
    <message>
        <source>%1 (%2): %3 added, %4 updated, %5 unchanged</source>
        <translation>%1（%2）：新增 %3，更新 %4，未变 %5</translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <source>image &apos;%1&apos; not found; the card shows a placeholder</source>
        <translation>找不到图片“%1”，商品卡显示占位图</translation>
    </message>
    <message>
        <source>promo price %1 is above the price %2</source>
        <translation>活动价 %1 高于原价 %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>列“%1”出现了两次</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; is ignored</source>
        <translation>未知列“%1”已忽略</translation>
    </message>
    <message>
        <source>required column %1 is missing</source>
        <translation>缺少必需的列 %1</translation>
    </message>
    <message>
        <source>SKU &apos;%1&apos; already appears on line %2</source>
        <translation>SKU“%1”已在第 %2 行出现</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>expected an array of products or {&quot;products&quot;: [...]}</source>
        <translation>应为商品数组或 {&quot;products&quot;: [...]}</translation>
    </message>
    <message>
        <source>product #%1 is not an object</source>
        <translation>第 %1 件商品不是对象</translation>
    </message>
    <message>
        <source>product #%1: %2</source>
        <translation>第 %1 件商品：%2</translation>
    </message>
    <message>
        <source>product #%1: SKU &apos;%2&apos; already appears in product #%3</source>
        <translation>第 %1 件商品：SKU“%2”已在第 %3 件商品中出现</translation>
    </message>
</context>
<context>
    <name>ChapterKinds</name>
    <message>
        <source>Pitch 讲解</source>
        <translation>讲解</translation>
    </message>
    <message>
        <source>Flash sale 秒杀</source>
        <translation>秒杀</translation>
    </message>
    <message>
        <source>Lottery 抽奖</source>
        <translation>抽奖</translation>
    </message>
    <message>
        <source>Poll 投票</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Interlude 互动</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Highlight 高光</source>
        <translation>高光</translation>
    </message>
</context>
<context>
    <name>ChatCommand</name>
    <message>
        <source>a line longer than 1 MiB was skipped</source>
        <translation>跳过了一行超过 1 MiB 的内容</translation>
    </message>
    <message>
        <source>twitch-irc, bilibili or bridge.</source>
        <translation>twitch-irc、bilibili 或 bridge。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Capture file (default: standard input).</source>
        <translation>弹幕录制文件（默认：标准输入）。</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>no studio database given (--db PATH)</source>
        <translation>没有指定工作室数据库（--db 路径）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a studio database (not SQLite)</source>
        <translation>%1 不是工作室数据库（不是 SQLite）</translation>
    </message>
    <message>
        <source>no studio database at %1</source>
        <translation>%1 处没有工作室数据库</translation>
    </message>
</context>
<context>
    <name>CollectionLibrary</name>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>a scene collection needs a name</source>
        <translation>场景集合需要一个名称</translation>
    </message>
    <message>
        <source>a scene collection&apos;s name is %1 characters at most</source>
        <translation>场景集合名称最多 %1 个字</translation>
    </message>
    <message>
        <source>there is a scene collection named %1 already</source>
        <translation>已有名为 %1 的场景集合</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>a profile holds %1 scene collections at most</source>
        <translation>一个配置最多保存 %1 个场景集合</translation>
    </message>
    <message>
        <source>there is no scene collection named %1</source>
        <translation>没有名为 %1 的场景集合</translation>
    </message>
    <message>
        <source>%1 is the scene collection in use; switch to another first</source>
        <translation>%1 正在使用中，请先切换到其他场景集合</translation>
    </message>
    <message>
        <source>the list of scene collections cannot be written: %1</source>
        <translation>无法写入场景集合列表：%1</translation>
    </message>
</context>
<context>
    <name>CommentPluginLoader</name>
    <message>
        <source>%1 is not a Qt plugin; skipped</source>
        <translation>%1 不是 Qt 插件，已跳过</translation>
    </message>
    <message>
        <source>%1 is not a comment source plugin (interface %2); skipped</source>
        <translation>%1 不是评论源插件（接口 %2），已跳过</translation>
    </message>
    <message>
        <source>%1: %2; skipped</source>
        <translation>%1：%2，已跳过</translation>
    </message>
    <message>
        <source>%1 is a second plugin with id &apos;%2&apos; (already loaded from %3); skipped</source>
        <translation>%1 是第二个 ID 为“%2”的插件（已从 %3 加载），已跳过</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2; skipped</source>
        <translation>无法加载 %1：%2，已跳过</translation>
    </message>
    <message>
        <source>no factory</source>
        <translation>没有工厂</translation>
    </message>
</context>
<context>
    <name>SpreadsheetText</name>
    <message>
        <source>the file is not UTF-8 and this build cannot read GB18030</source>
        <translation>文件不是 UTF-8，且此版本无法读取 GB18030</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor GB18030 text</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 文本</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>第 %1 行：引号字段没有闭合</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot open the studio database %1: %2</source>
        <translation>无法打开工作室数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 不是可用的 SQLite 数据库：%2</translation>
    </message>
    <message>
        <source>no temporary folder for the database: %1</source>
        <translation>没有可放数据库的临时文件夹：%1</translation>
    </message>
    <message>
        <source>the studio database %1 cannot be read</source>
        <translation>无法读取工作室数据库 %1</translation>
    </message>
    <message>
        <source>the studio database %1 was written by a newer ShopCast (schema %2, this build knows up to %3)</source>
        <translation>工作室数据库 %1 由更新版本的 ShopCast 写入（结构版本 %2，此版本最高支持 %3）</translation>
    </message>
    <message>
        <source>the studio database %1: migration to schema %2 (%3) failed: %4</source>
        <translation>工作室数据库 %1：升级到结构版本 %2（%3）失败：%4</translation>
    </message>
    <message>
        <source>the shows cannot be read: %1</source>
        <translation>无法读取直播场次：%1</translation>
    </message>
</context>
<context>
    <name>Destination</name>
    <message>
        <source>destination URL is empty</source>
        <translation>推流地址为空</translation>
    </message>
    <message>
        <source>destination URL contains spaces or control characters</source>
        <translation>推流地址含有空格或控制字符</translation>
    </message>
    <message>
        <source>destination URL must start with rtmp:// or rtmps://</source>
        <translation>推流地址必须以 rtmp:// 或 rtmps:// 开头</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1&apos;: use rtmp:// or rtmps://</source>
        <translation>不支持的协议“%1”：请使用 rtmp:// 或 rtmps://</translation>
    </message>
    <message>
        <source>destination URL has no host</source>
        <translation>推流地址没有主机名</translation>
    </message>
    <message>
        <source>credentials in the host part are not supported; put them in the stream key</source>
        <translation>不支持在主机部分填写账号密码；请放在推流码里</translation>
    </message>
    <message>
        <source>unterminated IPv6 address in destination URL</source>
        <translation>推流地址中的 IPv6 地址没有闭合</translation>
    </message>
    <message>
        <source>unexpected text after IPv6 address</source>
        <translation>IPv6 地址后有多余的文字</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>端口“%1”不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>destination URL needs an application and a stream key: rtmp://host/app/key</source>
        <translation>推流地址需要应用名和推流码：rtmp://主机/应用/推流码</translation>
    </message>
    <message>
        <source>destination URL has no stream key after the application &apos;%1&apos;</source>
        <translation>推流地址在应用名“%1”之后没有推流码</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>EncoderProbe</name>
    <message>
        <source>x264 (CPU)</source>
        <translation>x264（CPU）</translation>
    </message>
    <message>
        <source>NVIDIA NVENC H.264 (GPU)</source>
        <translation>NVIDIA NVENC H.264（显卡）</translation>
    </message>
    <message>
        <source>VAAPI H.264 (Intel/AMD GPU)</source>
        <translation>VAAPI H.264（Intel/AMD 显卡）</translation>
    </message>
    <message>
        <source>Intel Quick Sync H.264</source>
        <translation>Intel Quick Sync H.264</translation>
    </message>
    <message>
        <source>libobs&apos;s obs-x264 module is not loaded</source>
        <translation>libobs 的 obs-x264 模块没有加载</translation>
    </message>
    <message>
        <source>no NVIDIA driver (libcuda.so.1 is not installed)</source>
        <translation>没有 NVIDIA 驱动（未安装 libcuda.so.1）</translation>
    </message>
    <message>
        <source>the NVIDIA driver is there but libobs found no GPU that encodes H.264</source>
        <translation>有 NVIDIA 驱动，但 libobs 没有找到能编码 H.264 的显卡</translation>
    </message>
    <message>
        <source>no GPU render device (/dev/dri/renderD128)</source>
        <translation>没有显卡渲染设备（/dev/dri/renderD128）</translation>
    </message>
    <message>
        <source>no VAAPI driver opened on %1 (%2)</source>
        <translation>在 %1 上打不开 VAAPI 驱动（%2）</translation>
    </message>
    <message>
        <source>VAAPI opened on %1 but libobs offers no VAAPI H.264 encoder there</source>
        <translation>在 %1 上打开了 VAAPI，但 libobs 没有提供 VAAPI H.264 编码器</translation>
    </message>
    <message>
        <source>this libobs has no Quick Sync module (obs-qsv11)</source>
        <translation>此 libobs 没有 Quick Sync 模块（obs-qsv11）</translation>
    </message>
</context>
<context>
    <name>EncoderSettings</name>
    <message>
        <source>encoder setting &quot;%1&quot; = %2 is refused (%3); %4 is used</source>
        <translation>编码器设置“%1” = %2 不被接受（%3）；改用 %4</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <source>a word of letters and digits</source>
        <translation>须为字母和数字组成的词</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT, even, 16 to 4096</source>
        <translation>宽x高，偶数，16 到 4096</translation>
    </message>
    <message>
        <source>the canvas size</source>
        <translation>画布尺寸</translation>
    </message>
</context>
<context>
    <name>FairDraw</name>
    <message>
        <source>algorithm: not %1 version %2</source>
        <translation>algorithm：不是 %1 版本 %2</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1：缺失</translation>
    </message>
    <message>
        <source>seed: not %1 bytes of hex</source>
        <translation>seed：不是 %1 字节的十六进制</translation>
    </message>
    <message>
        <source>commitment: SHA-256 of the seed is %1, not the commitment shown</source>
        <translation>commitment：种子的 SHA-256 为 %1，与公布的承诺值不符</translation>
    </message>
    <message>
        <source>entrants: not unique and sorted as the draw freezes them</source>
        <translation>entrants：名单未按开奖冻结时的方式去重并排序</translation>
    </message>
    <message>
        <source>entrantsHash: the entrant list is not the one that was drawn from</source>
        <translation>entrantsHash：参与名单不是开奖所用的那一份</translation>
    </message>
    <message>
        <source>winners: the seed and entrants give %1</source>
        <translation>winners：由种子和参与名单得出的是 %1</translation>
    </message>
</context>
<context>
    <name>FilterCatalog</name>
    <message>
        <source>Chroma key (green screen)</source>
        <translation>绿幕抠像（色度键）</translation>
    </message>
    <message>
        <source>Colour key</source>
        <translation>颜色键</translation>
    </message>
    <message>
        <source>Luma key</source>
        <translation>亮度键</translation>
    </message>
    <message>
        <source>Colour correction</source>
        <translation>色彩校正</translation>
    </message>
    <message>
        <source>Apply LUT</source>
        <translation>应用 LUT</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>锐化</translation>
    </message>
    <message>
        <source>Crop / pad</source>
        <translation>裁剪/填充</translation>
    </message>
    <message>
        <source>Image mask / blend</source>
        <translation>图像遮罩/混合</translation>
    </message>
    <message>
        <source>Scroll</source>
        <translation>滚动</translation>
    </message>
    <message>
        <source>Render delay</source>
        <translation>渲染延迟</translation>
    </message>
    <message>
        <source>Scaling / aspect ratio</source>
        <translation>缩放/宽高比</translation>
    </message>
    <message>
        <source>Beauty (美颜)</source>
        <translation>美颜</translation>
    </message>
    <message>
        <source>Noise suppression</source>
        <translation>降噪</translation>
    </message>
    <message>
        <source>Noise gate</source>
        <translation>噪声门</translation>
    </message>
    <message>
        <source>Compressor</source>
        <translation>压缩器</translation>
    </message>
    <message>
        <source>Limiter</source>
        <translation>限幅器</translation>
    </message>
    <message>
        <source>Expander</source>
        <translation>扩展器</translation>
    </message>
    <message>
        <source>Upward compressor</source>
        <translation>向上压缩器</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <source>3-band equaliser</source>
        <translation>三段均衡器</translation>
    </message>
    <message>
        <source>Invert polarity</source>
        <translation>反转极性</translation>
    </message>
    <message>
        <source>Video delay (async)</source>
        <translation>视频延迟（异步）</translation>
    </message>
</context>
<context>
    <name>FirstRunSetup</name>
    <message>
        <source>Settings not saved: %1</source>
        <translation>设置未保存：%1</translation>
    </message>
    <message>
        <source>The canvas %1 could not be set: %2</source>
        <translation>无法设置画布 %1：%2</translation>
    </message>
    <message>
        <source>The stream key for %1 was not stored (%2): add it in Destinations.</source>
        <translation>%1 的推流码未能保存（%2）：请在“推流地址”中添加。</translation>
    </message>
    <message>
        <source>The first scene could not be built (%1); the demo scene stays.</source>
        <translation>无法搭建第一个场景（%1）；保留演示场景。</translation>
    </message>
</context>
<context>
    <name>HotProductPack</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>直播价 %1（原价 %2）</source>
        <translation>直播价 %1（原价 %2）</translation>
    </message>
    <message>
        <source>到手价 %1</source>
        <translation>到手价 %1</translation>
    </message>
    <message>
        <source>直播间已售 %1 件</source>
        <translation>直播间已售 %1 件</translation>
    </message>
    <message>
        <source>爆品 · %1</source>
        <translation>爆品 · %1</translation>
    </message>
    <message>
        <source>%1 · show GMV %2 · ranked by %3</source>
        <translation>%1 · 本场成交额 %2 · 按%3排序</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>成交额</translation>
    </message>
    <message>
        <source>GMV attributed to its pitches</source>
        <translation>讲解带来的成交额</translation>
    </message>
    <message>
        <source>No recorded pitch: no clip.</source>
        <translation>没有录下的讲解：无切片。</translation>
    </message>
    <message>
        <source>Not in the catalog any more: no price or selling points.</source>
        <translation>商品库里已没有此商品：无价格和卖点。</translation>
    </message>
    <message>
        <source>GMV %1 · %2 orders · %3 units · attributed to its pitches %4</source>
        <translation>成交额 %1 · %2 单 · %3 件 · 讲解带来 %4</translation>
    </message>
    <message>
        <source>show %1 has no sales: import its orders first (File → Import orders…)</source>
        <translation>场次 %1 没有成交：请先导入它的订单（文件 → 导入订单…）</translation>
    </message>
    <message>
        <source>no sale of show %1 was paid during or after a pitch of its product</source>
        <translation>场次 %1 没有在商品讲解期间或之后付款的成交</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>InputRequests</name>
    <message>
        <source>No scene named %1.</source>
        <translation>没有名为 %1 的场景。</translation>
    </message>
    <message>
        <source>Your request is missing the field `sceneItemId`.</source>
        <translation>请求缺少字段 `sceneItemId`。</translation>
    </message>
    <message>
        <source>The field `sceneItemId` is not a whole number.</source>
        <translation>字段 `sceneItemId` 不是整数。</translation>
    </message>
    <message>
        <source>No scene item %1 in the scene %2.</source>
        <translation>场景 %2 中没有场景项 %1。</translation>
    </message>
    <message>
        <source>No input named %1.</source>
        <translation>没有名为 %1 的输入源。</translation>
    </message>
    <message>
        <source>The input %1 has no sound in the mixer.</source>
        <translation>输入源 %1 在混音器中没有声音。</translation>
    </message>
    <message>
        <source>No item of %1 in the scene %2.</source>
        <translation>场景 %2 中没有 %1 的场景项。</translation>
    </message>
    <message>
        <source>Your request needs `sceneItemEnabled` as true or false.</source>
        <translation>请求需要 `sceneItemEnabled` 为 true 或 false。</translation>
    </message>
    <message>
        <source>Your request needs `inputMuted` as true or false.</source>
        <translation>请求需要 `inputMuted` 为 true 或 false。</translation>
    </message>
    <message>
        <source>Your request needs either `inputVolumeMul` or `inputVolumeDb`.</source>
        <translation>请求需要 `inputVolumeMul` 或 `inputVolumeDb` 之一。</translation>
    </message>
    <message>
        <source>The volume is not a number.</source>
        <translation>音量不是数字。</translation>
    </message>
    <message>
        <source>`inputVolumeMul` must be 0 to 20.</source>
        <translation>`inputVolumeMul` 必须在 0 到 20 之间。</translation>
    </message>
    <message>
        <source>`inputVolumeDb` must be -100 to 26.</source>
        <translation>`inputVolumeDb` 必须在 -100 到 26 之间。</translation>
    </message>
</context>
<context>
    <name>InteractionOverlayRenderer</name>
    <message>
        <source>Lottery 抽奖: %1</source>
        <translation>抽奖：%1</translation>
    </message>
    <message>
        <source>Type to enter 发送口令:</source>
        <translation>发送口令参与：</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2 left · %n entered</source>
        <translation>
            <numerusform>剩余 %1:%2 · 已有 %n 人参与</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw commitment SHA-256: %1</source>
        <translation>开奖承诺 SHA-256：%1</translation>
    </message>
    <message>
        <source>Winners 中奖: %1</source>
        <translation>中奖：%1</translation>
    </message>
    <message>
        <source>No one entered</source>
        <translation>无人参与</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>…… 另有 %1 人</translation>
    </message>
    <message>
        <source>Result 结果: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Poll 投票: %1</source>
        <translation>投票：%1</translation>
    </message>
</context>
<context>
    <name>IrcMessage</name>
    <message>
        <source>the line is %1 characters long, over the %2-byte limit</source>
        <translation>该行长 %1 个字符，超过 %2 字节的上限</translation>
    </message>
    <message>
        <source>a message tag has no name</source>
        <translation>消息标签没有名称</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tag name</source>
        <translation>“%1”不是有效的标签名</translation>
    </message>
    <message>
        <source>more than %1 message tags</source>
        <translation>消息标签超过 %1 个</translation>
    </message>
    <message>
        <source>the line has no command</source>
        <translation>该行没有命令</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IRC command</source>
        <translation>“%1”不是 IRC 命令</translation>
    </message>
</context>
<context>
    <name>KeyringFallbackPrompt</name>
    <message>
        <source>No keyring</source>
        <translation>没有密钥环</translation>
    </message>
    <message>
        <source>%1.

Keep stream keys and tokens in a file only you can read (%2) instead? Anyone with your user account or a copy of the profile can read them there.</source>
        <translation>%1。

改为把推流码和令牌保存在只有你能读取的文件（%2）中吗？任何能登录你的账户或拿到配置目录副本的人都能读到它们。</translation>
    </message>
</context>
<context>
    <name>LaunchFlags</name>
    <message>
        <source>Go live to the enabled destinations as soon as the program is up (as OBS).</source>
        <translation>节目画面一出来就向已启用的推流地址开播（与 OBS 相同）。</translation>
    </message>
    <message>
        <source>Start recording as soon as the program is up (as OBS).</source>
        <translation>节目画面一出来就开始录制（与 OBS 相同）。</translation>
    </message>
    <message>
        <source>The same as --startrecording.</source>
        <translation>与 --startrecording 相同。</translation>
    </message>
    <message>
        <source>Put this scene on the program at start (as OBS).</source>
        <translation>启动时把此场景放到节目画面（与 OBS 相同）。</translation>
    </message>
    <message>
        <source>Allow several studios at once (as OBS; always allowed: each profile folder is its own).</source>
        <translation>允许同时运行多个（与 OBS 相同；始终允许：每个配置文件夹互不相干）。</translation>
    </message>
    <message>
        <source>Write libobs&apos;s debug lines to the log as well (as OBS).</source>
        <translation>把 libobs 的调试信息也写进日志（与 OBS 相同）。</translation>
    </message>
    <message>
        <source>--scene %1: %2; the saved scene stays on the program.</source>
        <translation>--scene %1：%2；节目画面保持保存时的场景。</translation>
    </message>
    <message>
        <source>%1 at start: %2</source>
        <translation>启动时 %1：%2</translation>
    </message>
    <message>
        <source>Start the replay buffer as soon as the program is up (as OBS).</source>
        <translation>节目画面就绪后立即开启回放缓存（同 OBS）。</translation>
    </message>
    <message>
        <source>The scene collection to use (as OBS).</source>
        <translation>要使用的场景集合（同 OBS）。</translation>
    </message>
    <message>
        <source>Start minimized to the system tray (as OBS).</source>
        <translation>启动时最小化到系统托盘（同 OBS）。</translation>
    </message>
    <message>
        <source>--minimize-to-tray: this desktop has no system tray; the window stays open.</source>
        <translation>--minimize-to-tray：此桌面没有系统托盘，窗口保持打开。</translation>
    </message>
    <message>
        <source>The profile to use (as OBS): a folder in ~/.config/shopcast/profiles.</source>
        <translation>要使用的配置（同 OBS）：~/.config/shopcast/profiles 中的一个文件夹。</translation>
    </message>
    <message>
        <source>--profile %1: --profile-dir is given too and is used.</source>
        <translation>--profile %1：同时给了 --profile-dir，使用后者。</translation>
    </message>
    <message>
        <source>--profile %1: there is no such profile in %2 (profiles: %3); %4 is used.</source>
        <translation>--profile %1：%2 中没有这个配置（现有配置：%3），已使用 %4。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Open the remote control (obs-websocket 5) on this port (as OBS).</source>
        <translation>在此端口打开远程控制（obs-websocket 5，同 OBS）。</translation>
    </message>
    <message>
        <source>The remote control&apos;s password: a client must know it (as OBS).</source>
        <translation>远程控制密码：客户端必须知道它（同 OBS）。</translation>
    </message>
    <message>
        <source>The remote control on IPv4 only (as OBS).</source>
        <translation>远程控制只用 IPv4（同 OBS）。</translation>
    </message>
    <message>
        <source>Write every remote-control message to the log (as OBS).</source>
        <translation>把每条远程控制消息写入日志（同 OBS）。</translation>
    </message>
    <message>
        <source>--websocket_port %1 is not a port (0-65535); the remote control stays off.</source>
        <translation>--websocket_port %1 不是端口号（0–65535）；远程控制保持关闭。</translation>
    </message>
    <message>
        <source>A second, read-only password for the remote control (a merchant watching; ShopCast&apos;s own).</source>
        <translation>远程控制的第二个只读密码（给看数据的商家；ShopCast 自有）。</translation>
    </message>
</context>
<context>
    <name>LibobsTextGaps</name>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>LotteryCommand</name>
    <message>
        <source>One entrant id per line (duplicates count once).</source>
        <translation>每行一个参与者 ID（重复的只算一次）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>How many winners.</source>
        <translation>中奖人数。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Where to write the audit record (JSON).</source>
        <translation>审计记录（JSON）的写入位置。</translation>
    </message>
    <message>
        <source>Only to reproduce a draw: the 32-byte seed in hex.</source>
        <translation>仅用于复现开奖：32 字节的十六进制种子。</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>draw needs --entries, --winners and --out</source>
        <translation>draw 需要 --entries、--winners 和 --out</translation>
    </message>
    <message>
        <source>--winners must be a whole number from 1 to 1,000,000</source>
        <translation>--winners 必须是 1 到 1,000,000 之间的整数</translation>
    </message>
    <message>
        <source>--seed must be %1 bytes in hex (%2 hex digits)</source>
        <translation>--seed 必须是 %1 字节的十六进制（%2 个十六进制数字）</translation>
    </message>
    <message>
        <source>the system&apos;s random number generator failed</source>
        <translation>系统随机数生成器出错</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: larger than 512 MiB</source>
        <translation>%1：超过 512 MiB</translation>
    </message>
    <message>
        <source>%1 line %2: not UTF-8; skipped</source>
        <translation>%1 第 %2 行：不是 UTF-8，已跳过</translation>
    </message>
    <message>
        <source>%1 line %2: an id of more than %3 characters; skipped</source>
        <translation>%1 第 %2 行：ID 超过 %3 个字符，已跳过</translation>
    </message>
    <message>
        <source>usage: shopcast-cli lottery verify AUDIT.json</source>
        <translation>用法：shopcast-cli lottery verify 审计记录.json</translation>
    </message>
    <message>
        <source>%1: larger than 512 MiB; not an audit record</source>
        <translation>%1：超过 512 MiB，不是审计记录</translation>
    </message>
    <message>
        <source>%1: not a JSON audit record (%2 at byte %3; a truncated file?)</source>
        <translation>%1：不是 JSON 审计记录（第 %3 字节处 %2；文件被截断了？）</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
</context>
<context>
    <name>LotteryPreset</name>
    <message>
        <source>the prize needs a name of 1 to 100 characters</source>
        <translation>奖品名称需要 1 到 100 个字符</translation>
    </message>
    <message>
        <source>from 1 to 10,000 winners</source>
        <translation>中奖人数为 1 到 10,000</translation>
    </message>
    <message>
        <source>the entry keyword needs 1 to 20 characters</source>
        <translation>参与口令需要 1 到 20 个字符</translation>
    </message>
    <message>
        <source>entries stay open from 5 seconds to an hour</source>
        <translation>参与时间为 5 秒到 1 小时</translation>
    </message>
    <message>
        <source>past winners: 0 to 365 days; comments before entering: 0 to 1,000</source>
        <translation>往期中奖者：0 到 365 天；参与前评论数：0 到 1,000</translation>
    </message>
</context>
<context>
    <name>ModerateCommand</name>
    <message>
        <source>Runs the moderation pipeline over JSON lines {id, userId, userName, text, ts} on standard input.</source>
        <translation>对标准输入中的 JSON 行 {id, userId, userName, text, ts} 执行场控规则。</translation>
    </message>
    <message>
        <source>The full rule set, as the studio exports it (JSON).</source>
        <translation>完整的规则集，即工作室导出的格式（JSON）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Blocked terms: one per line (action hide), or a .csv of term,action.</source>
        <translation>屏蔽词：每行一个（动作为隐藏），或 词,动作 格式的 .csv。</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>多余的参数 %1</translation>
    </message>
    <message>
        <source>longer than 1 MiB; skipped</source>
        <translation>超过 1 MiB，已跳过</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>&quot;text&quot; must be a string</source>
        <translation>&quot;text&quot; 必须是字符串</translation>
    </message>
</context>
<context>
    <name>ModerationRules</name>
    <message>
        <source>not a JSON object (%1 at byte %2)</source>
        <translation>不是 JSON 对象（第 %2 字节处 %1）</translation>
    </message>
    <message>
        <source>format version %1 is not one this build reads (1 to %2)</source>
        <translation>格式版本 %1 不是此版本能读取的（1 到 %2）</translation>
    </message>
    <message>
        <source>more than %1 terms</source>
        <translation>屏蔽词超过 %1 个</translation>
    </message>
    <message>
        <source>term %1: needs a term of 1 to %2 characters and an action (hide, hold, timeout, ban)</source>
        <translation>第 %1 个屏蔽词：需要 1 到 %2 个字符的词和一个动作（hide、hold、timeout、ban）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: larger than 64 MiB</source>
        <translation>%1：超过 64 MiB</translation>
    </message>
</context>
<context>
    <name>Moderator</name>
    <message>
        <source>offence %1 within %2 min: banned</source>
        <translation>%2 分钟内第 %1 次违规：封禁</translation>
    </message>
    <message>
        <source>offence %1 within %2 min: timed out</source>
        <translation>%2 分钟内第 %1 次违规：禁言</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>为负数</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>has more than two decimals</source>
        <translation>小数超过两位</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>太大</translation>
    </message>
</context>
<context>
    <name>MsgPackJson</name>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>a map key is not a string</source>
        <translation>映射的键不是字符串</translation>
    </message>
    <message>
        <source>binary and extension values are not part of the protocol</source>
        <translation>协议中没有二进制和扩展类型的值</translation>
    </message>
    <message>
        <source>not a whole MessagePack value</source>
        <translation>不是完整的 MessagePack 值</translation>
    </message>
    <message>
        <source>bytes after the MessagePack value</source>
        <translation>MessagePack 值之后还有多余字节</translation>
    </message>
    <message>
        <source>the message is not a map</source>
        <translation>消息不是映射</translation>
    </message>
</context>
<context>
    <name>ObsAudioMeters</name>
    <message>
        <source>this build of libobs cannot monitor audio</source>
        <translation>此版本的 libobs 不支持音频监听</translation>
    </message>
    <message>
        <source>no sound output device was found (is PulseAudio or PipeWire running?)</source>
        <translation>找不到声音输出设备（PulseAudio 或 PipeWire 是否在运行？）</translation>
    </message>
    <message>
        <source>libobs could not open a %1 source</source>
        <translation>libobs 无法打开 %1 类型的来源</translation>
    </message>
    <message>
        <source>a %1 source has no sound</source>
        <translation>%1 类型的来源没有声音</translation>
    </message>
</context>
<context>
    <name>ObsBeautyFilter</name>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Natural (自然)</source>
        <translation>自然</translation>
    </message>
    <message>
        <source>Standard (标准)</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Refined (精致)</source>
        <translation>精致</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Skin smoothing</source>
        <translation>磨皮</translation>
    </message>
    <message>
        <source>Brighten skin</source>
        <translation>美白提亮</translation>
    </message>
    <message>
        <source>Sharpen edges</source>
        <translation>锐化轮廓</translation>
    </message>
</context>
<context>
    <name>ObsCanvasView</name>
    <message>
        <source>libobs has no video yet</source>
        <translation>libobs 尚未启动视频</translation>
    </message>
    <message>
        <source>libobs could not add a %1 canvas</source>
        <translation>libobs 无法添加 %1 画布</translation>
    </message>
</context>
<context>
    <name>ObsContext</name>
    <message>
        <source>the graphics adapter does not support the video settings</source>
        <translation>显卡不支持这些视频设置</translation>
    </message>
    <message>
        <source>invalid video parameters</source>
        <translation>视频参数无效</translation>
    </message>
    <message>
        <source>video is in use by an active output</source>
        <translation>视频正被某个输出使用</translation>
    </message>
    <message>
        <source>the libobs-opengl graphics module was not found</source>
        <translation>找不到 libobs-opengl 图形模块</translation>
    </message>
    <message>
        <source>libobs could not start video (OpenGL/EGL failed; is DISPLAY set and Mesa installed?)</source>
        <translation>libobs 无法启动视频（OpenGL/EGL 失败；DISPLAY 是否已设置、Mesa 是否已安装？）</translation>
    </message>
    <message>
        <source>libobs is already running in this process</source>
        <translation>libobs 已在本进程中运行</translation>
    </message>
    <message>
        <source>cannot open the X display &apos;%1&apos;: libobs renders through X (run under Xvfb when headless)</source>
        <translation>无法打开 X 显示“%1”：libobs 通过 X 渲染（无显示器时请在 Xvfb 下运行）</translation>
    </message>
    <message>
        <source>obs_startup failed</source>
        <translation>obs_startup 失败</translation>
    </message>
    <message>
        <source>libobs could not start audio</source>
        <translation>libobs 无法启动音频</translation>
    </message>
    <message>
        <source>required libobs module %1 could not be loaded from %2 (is the obs-studio package installed?)</source>
        <translation>无法从 %2 加载必需的 libobs 模块 %1（是否已安装 obs-studio 软件包？）</translation>
    </message>
</context>
<context>
    <name>ObsEncoders</name>
    <message>
        <source>libobs could not create the %1/AAC encoders</source>
        <translation>libobs 无法创建 %1/AAC 编码器</translation>
    </message>
</context>
<context>
    <name>ObsSceneGraph</name>
    <message>
        <source>source &apos;%1&apos; needs &apos;%2&apos;, which no loaded libobs module provides</source>
        <translation>源“%1”需要“%2”，但已加载的 libobs 模块都不提供</translation>
    </message>
    <message>
        <source>libobs could not create source &apos;%1&apos; (%2)</source>
        <translation>libobs 无法创建源“%1”（%2）</translation>
    </message>
    <message>
        <source>no scene named &apos;%1&apos;</source>
        <translation>没有名为“%1”的场景</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos; on &apos;%2&apos; needs &apos;%3&apos;, which no loaded libobs module provides; it is kept but not applied</source>
        <translation>“%2”上的滤镜“%1”需要“%3”，但没有已加载的 libobs 模块提供它；滤镜已保留，但不生效</translation>
    </message>
    <message>
        <source>libobs could not create filter &apos;%1&apos; (%2) on &apos;%3&apos;</source>
        <translation>libobs 无法在“%3”上创建滤镜“%1”（%2）</translation>
    </message>
    <message>
        <source>no source named &apos;%1&apos;</source>
        <translation>没有名为“%1”的源</translation>
    </message>
    <message>
        <source>libobs could not create the scene %1</source>
        <translation>libobs 无法创建场景 %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no transition a loaded libobs module provides</source>
        <translation>“%1”不是已加载的 libobs 模块提供的转场</translation>
    </message>
</context>
<context>
    <name>OrderExportFormat</name>
    <message>
        <source>column mapping</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not field=column</source>
        <translation>“%1”不是 字段=列名 的形式</translation>
    </message>
    <message>
        <source>the mapping needs %1=&lt;column&gt;</source>
        <translation>列对应缺少 %1=&lt;列名&gt;</translation>
    </message>
    <message>
        <source>Order id (订单号)</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Quantity (数量)</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Paid amount in yuan (实付)</source>
        <translation>实付金额（元）</translation>
    </message>
    <message>
        <source>Paid time (付款时间)</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Merchant code / SKU (商家编码)</source>
        <translation>商家编码 / SKU</translation>
    </message>
    <message>
        <source>Line id (子订单号)</source>
        <translation>子订单号</translation>
    </message>
    <message>
        <source>Platform product id (商品ID)</source>
        <translation>平台商品ID</translation>
    </message>
    <message>
        <source>Product title (商品名称)</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Buyer (买家昵称)</source>
        <translation>买家昵称</translation>
    </message>
    <message>
        <source>Order status (订单状态)</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>After-sale status (售后状态)</source>
        <translation>售后状态</translation>
    </message>
    <message>
        <source>Buyer id (买家ID)</source>
        <translation>买家ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field (orderId, lineId, sku, productId, title, quantity, paid, buyer, buyerId, paidAt, status, afterSale, platform)</source>
        <translation>“%1”不是字段（orderId、lineId、sku、productId、title、quantity、paid、buyer、buyerId、paidAt、status、afterSale、platform）</translation>
    </message>
</context>
<context>
    <name>OrderFileReader</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an order export may be at most %3 MB</source>
        <translation>%1 有 %2 MB；订单导出文件最大 %3 MB</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>文件超过 %1 MB</translation>
    </message>
    <message>
        <source>this is not a text file (it holds NUL bytes): export the orders as CSV</source>
        <translation>这不是文本文件（含有 NUL 字节）：请把订单导出为 CSV</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the header is not one of a known export (抖店, 千牛, 快手小店); give --format or a column mapping</source>
        <translation>表头不属于已知的导出格式（抖店、千牛、快手小店）；请用 --format 指定或给出列对应</translation>
    </message>
    <message>
        <source>the header lacks the column(s) %1 of %2</source>
        <translation>表头缺少%2的列：%1</translation>
    </message>
    <message>
        <source>the line has %1 fields, the header %2 (cut short?)</source>
        <translation>该行有 %1 个字段，表头有 %2 个（被截断？）</translation>
    </message>
    <message>
        <source>no order id</source>
        <translation>没有订单号</translation>
    </message>
    <message>
        <source>the order id is longer than 64 characters</source>
        <translation>订单号超过 64 个字符</translation>
    </message>
    <message>
        <source>the quantity &apos;%1&apos; is not a whole number from 1 to %2</source>
        <translation>数量“%1”不是 1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>the amount &apos;%1&apos; %2</source>
        <translation>金额“%1”%2</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>the paid time &apos;%1&apos; is not a date and time</source>
        <translation>支付时间“%1”不是日期时间</translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <source>the file was not read whole</source>
        <translation>文件没有读完</translation>
    </message>
    <message>
        <source>the database could not be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>the database refused a transaction</source>
        <translation>数据库拒绝了事务</translation>
    </message>
    <message>
        <source>the orders could not be stored (nothing was)</source>
        <translation>订单无法保存（一条也未保存）</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1：%2；没有导入任何内容</translation>
    </message>
    <message>
        <source>%1: the database refused the import, nothing was imported: %2</source>
        <translation>%1：数据库拒绝了导入，未导入任何订单：%2</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4 imported, %5 updated, %6 duplicates, %7 refused, %8 outside any show</source>
        <translation>%1（%2，%3）：导入 %4 条，更新 %5 条，重复 %6 条，拒绝 %7 条，%8 条不在任何场次内</translation>
    </message>
    <message>
        <source>line %1: refused: %2</source>
        <translation>第 %1 行：已拒绝：%2</translation>
    </message>
    <message>
        <source>not in the catalog (kept, in no product&apos;s figures): %1</source>
        <translation>商品库中没有（已保留，不计入任何商品的数据）：%1</translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>the shows cannot be read: %1</source>
        <translation>无法读取直播场次：%1</translation>
    </message>
    <message>
        <source>the catalog cannot be read: %1</source>
        <translation>无法读取商品库：%1</translation>
    </message>
    <message>
        <source>the orders could not be stored (nothing was): %1</source>
        <translation>订单无法保存（一条都没有保存）：%1</translation>
    </message>
    <message>
        <source>there is no show %1; nothing was imported</source>
        <translation>没有场次 %1；没有导入任何内容</translation>
    </message>
</context>
<context>
    <name>OrdersCommand</name>
    <message>
        <source>usage: shopcast-cli orders import FILE --db PATH [--show ID] [--format douyin|taobao|kuaishou] [--map SPEC]</source>
        <translation>用法：shopcast-cli orders import 文件 --db 路径 [--show 场次ID] [--format douyin|taobao|kuaishou] [--map 列对应]</translation>
    </message>
    <message>
        <source>Import a platform&apos;s order export (CSV, UTF-8 or GB18030): 抖店, 千牛 and 快手小店 are recognised by their header; any other file through --map. Lines are assigned to the show they were paid in (or --show), a line already stored is a duplicate unless its status changed (a refund), refused lines are named. Stored in one transaction: all or nothing.</source>
        <translation>导入平台的订单导出文件（CSV，UTF-8 或 GB18030）：抖店、千牛和快手小店按表头自动识别；其他文件用 --map 指定列。每行按支付时间归入当场直播（或 --show 指定的场次），已保存的行算作重复，除非状态变了（退款）；被拒绝的行会逐行说明。在一个事务中保存：要么全部保存，要么一条不存。</translation>
    </message>
    <message>
        <source>Studio database file.</source>
        <translation>工作室数据库文件。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Assign every line to this show.</source>
        <translation>把每一行都归入这场直播。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>场次ID</translation>
    </message>
    <message>
        <source>douyin (抖店), taobao (千牛) or kuaishou (快手小店).</source>
        <translation>douyin（抖店）、taobao（千牛）或 kuaishou（快手小店）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Columns of another export: orderId=订单号,quantity=数量,paid=实付,paidAt=付款时间[,sku=..]</source>
        <translation>其他导出文件的列：orderId=订单号,quantity=数量,paid=实付,paidAt=付款时间[,sku=..]</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>the order export, .csv</source>
        <translation>订单导出文件，.csv</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an export format (douyin, taobao, kuaishou)</source>
        <translation>“%1”不是导出格式（douyin、taobao、kuaishou）</translation>
    </message>
    <message>
        <source>--map: %1</source>
        <translation>--map：%1</translation>
    </message>
    <message>
        <source>--show: &apos;%1&apos; is not a show id</source>
        <translation>--show：“%1”不是场次 ID</translation>
    </message>
    <message>
        <source>%1:%2: refused: %3</source>
        <translation>%1:%2：已拒绝：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not in the catalog (kept, in no product&apos;s figures): %2</source>
        <translation>%1：不在商品库中（已保留，不计入任何商品的数据）：%2</translation>
    </message>
</context>
<context>
    <name>OverlayCommand</name>
    <message>
        <source>usage: shopcast-cli overlay render --db PATH --sku SKU --out card.png [--template NAME] [--canvas WxH]</source>
        <translation>用法：shopcast-cli overlay render --db 路径 --sku SKU --out card.png [--template 名称] [--canvas 宽x高]</translation>
    </message>
    <message>
        <source>Catalog database file.</source>
        <translation>商品库数据库文件。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Product SKU.</source>
        <translation>商品 SKU。</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>PNG file to write.</source>
        <translation>要写入的 PNG 文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Card template: %1.</source>
        <translation>商品卡模板：%1。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Canvas the card is sized for.</source>
        <translation>商品卡适配的画布。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>宽x高</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>需要 --%1</translation>
    </message>
    <message>
        <source>--template must be one of: %1</source>
        <translation>--template 必须是以下之一：%1</translation>
    </message>
    <message>
        <source>--canvas: %1</source>
        <translation>--canvas：%1</translation>
    </message>
    <message>
        <source>no product with SKU &apos;%1&apos; in %2</source>
        <translation>%2 中没有 SKU 为“%1”的商品</translation>
    </message>
    <message>
        <source>warning: image %1 not found; the card shows a placeholder</source>
        <translation>警告：找不到图片 %1，商品卡显示占位图</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>--rule &apos;%1&apos; is neither 322, 332 nor a readable file</source>
        <translation>--rule“%1”既不是 322、332，也不是可读取的文件</translation>
    </message>
    <message>
        <source>--rule %1: not valid JSON: %2</source>
        <translation>--rule %1：不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>--rule %1: %2</source>
        <translation>--rule %1：%2</translation>
    </message>
    <message>
        <source>usage: shopcast-cli plan lint FILE [--rule 322|332|FILE] | plan generate --db PATH [--rule ...] [--title T] [--out FILE]</source>
        <translation>用法：shopcast-cli plan lint 文件 [--rule 322|332|文件] | plan generate --db 路径 [--rule ...] [--title 标题] [--out 文件]</translation>
    </message>
    <message>
        <source>Check against this rule instead of the plan&apos;s own: 322, 332 or a JSON file.</source>
        <translation>按此规则检查，而不是按直播计划自带的规则：322、332 或 JSON 文件。</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Show plan JSON</source>
        <translation>直播计划 JSON</translation>
    </message>
    <message>
        <source>usage: shopcast-cli plan lint FILE [--rule 322|332|FILE]</source>
        <translation>用法：shopcast-cli plan lint 文件 [--rule 322|332|文件]</translation>
    </message>
    <message>
        <source>Studio database: the plan follows its lineup.</source>
        <translation>工作室数据库：计划按其排品生成。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>322, 332 or a JSON file.</source>
        <translation>322、332 或 JSON 文件。</translation>
    </message>
    <message>
        <source>Show title.</source>
        <translation>直播标题。</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Write the plan here instead of standard output.</source>
        <translation>把计划写到这里，而不是标准输出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>usage: shopcast-cli plan generate --db PATH [--rule 322|332|FILE] [--title T] [--out FILE]</source>
        <translation>用法：shopcast-cli plan generate --db 路径 [--rule 322|332|文件] [--title 标题] [--out 文件]</translation>
    </message>
    <message>
        <source>the lineup is empty: planning every catalog product (%1)</source>
        <translation>排品为空：按商品库中的全部商品排计划（%1）</translation>
    </message>
    <message>
        <source>no products in %1: import a catalog first</source>
        <translation>%1 中没有商品：请先导入商品库</translation>
    </message>
</context>
<context>
    <name>PlanLinter</name>
    <message>
        <source>slot %1: the pitch of %2 is planned for %3, over the %4 limit</source>
        <translation>第 %1 个时段：%2 的讲解计划 %3，超过 %4 的上限</translation>
    </message>
    <message>
        <source>slot %1: %2 products in a row; the rule wants an interlude after every %3</source>
        <translation>第 %1 个时段：连续 %2 个商品；规则要求每 %3 个商品后安排一次互动</translation>
    </message>
    <message>
        <source>slot %1: the %2 lasts %3, shorter than the %4 interlude the rule asks for</source>
        <translation>第 %1 个时段：%2 持续 %3，短于规则要求的 %4 互动时长</translation>
    </message>
    <message>
        <source>the slots add up to %1, over the planned show length of %2</source>
        <translation>各时段合计 %1，超过计划的直播时长 %2</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <source>Taobao Live</source>
        <translation>淘宝直播</translation>
    </message>
    <message>
        <source>WeChat Channels</source>
        <translation>视频号</translation>
    </message>
    <message>
        <source>Bilibili</source>
        <translation>哔哩哔哩</translation>
    </message>
    <message>
        <source>Twitch</source>
        <translation>Twitch</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>彩排</translation>
    </message>
    <message>
        <source>Local bridge</source>
        <translation>本地桥接</translation>
    </message>
</context>
<context>
    <name>PluginMetadata</name>
    <message>
        <source>no id or version in its metadata</source>
        <translation>元数据中没有 id 或 version</translation>
    </message>
    <message>
        <source>badge colour &apos;%1&apos; is not a colour</source>
        <translation>徽章颜色“%1”不是颜色</translation>
    </message>
    <message>
        <source>setting &apos;%1&apos; is declared twice</source>
        <translation>设置项“%1”声明了两次</translation>
    </message>
    <message>
        <source>%1: not a setting of %2</source>
        <translation>%1：不是 %2 的设置项</translation>
    </message>
    <message>
        <source>settings missing: %1 (their defaults are in the plugin&apos;s metadata; the studio fills them in)</source>
        <translation>缺少设置：%1（默认值在插件的元数据里，由工作室填入）</translation>
    </message>
</context>
<context>
    <name>PluginSetting</name>
    <message>
        <source>a setting needs a key of letters, digits and _ (got &apos;%1&apos;)</source>
        <translation>设置项的键只能由字母、数字和 _ 组成（收到“%1”）</translation>
    </message>
    <message>
        <source>setting &apos;%1&apos; has an unknown kind &apos;%2&apos;</source>
        <translation>设置项“%1”的类型“%2”未知</translation>
    </message>
    <message>
        <source>setting &apos;%1&apos; has an invalid pattern</source>
        <translation>设置项“%1”的格式无效</translation>
    </message>
    <message>
        <source>choice setting &apos;%1&apos; lists no choices</source>
        <translation>选择项“%1”没有列出选项</translation>
    </message>
    <message>
        <source>secret setting &apos;%1&apos; cannot have a default</source>
        <translation>保密设置项“%1”不能有默认值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>a number is expected</source>
        <translation>需要一个数字</translation>
    </message>
    <message>
        <source>a finite number is expected</source>
        <translation>需要一个有限的数字</translation>
    </message>
    <message>
        <source>a whole number is expected</source>
        <translation>需要一个整数</translation>
    </message>
    <message>
        <source>%1 is outside %2 … %3</source>
        <translation>%1 超出 %2 … %3 的范围</translation>
    </message>
    <message>
        <source>true or false is expected</source>
        <translation>需要 true 或 false</translation>
    </message>
    <message>
        <source>one of %1 is expected</source>
        <translation>需要以下之一：%1</translation>
    </message>
    <message>
        <source>text is expected</source>
        <translation>需要文字</translation>
    </message>
    <message>
        <source>longer than 4,096 characters</source>
        <translation>超过 4,096 个字符</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the expected form</source>
        <translation>“%1”的格式不符合要求</translation>
    </message>
</context>
<context>
    <name>PollPreset</name>
    <message>
        <source>policy must be &quot;first&quot; or &quot;last&quot;</source>
        <translation>policy 必须是 &quot;first&quot; 或 &quot;last&quot;</translation>
    </message>
    <message>
        <source>the question has at most 200 characters</source>
        <translation>问题最多 200 个字符</translation>
    </message>
    <message>
        <source>a poll has 2 to 6 options</source>
        <translation>投票需要 2 到 6 个选项</translation>
    </message>
    <message>
        <source>every option needs a label (up to 40 characters) and 1 to 10 keywords</source>
        <translation>每个选项需要一个标签（最多 40 个字符）和 1 到 10 个关键词</translation>
    </message>
</context>
<context>
    <name>ProductCardRenderer</name>
    <message>
        <source>暂无图片</source>
        <translation>暂无图片</translation>
    </message>
    <message>
        <source>⚡ 限时秒杀</source>
        <translation>⚡ 限时秒杀</translation>
    </message>
    <message>
        <source>仅剩 %1</source>
        <translation>仅剩 %1</translation>
    </message>
    <message>
        <source>秒杀价</source>
        <translation>秒杀价</translation>
    </message>
    <message>
        <source>直播价</source>
        <translation>直播价</translation>
    </message>
    <message>
        <source>仅剩 %1 件</source>
        <translation>仅剩 %1 件</translation>
    </message>
    <message>
        <source>库存 %1 件</source>
        <translation>库存 %1 件</translation>
    </message>
    <message>
        <source>已售罄</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>醒目</translation>
    </message>
    <message>
        <source>已售 %1 · 剩 %2</source>
        <translation>已售 %1 · 剩 %2</translation>
    </message>
    <message>
        <source>已售 %1</source>
        <translation>已售 %1</translation>
    </message>
</context>
<context>
    <name>ProductJson</name>
    <message>
        <source>sku: missing</source>
        <translation>sku：缺失</translation>
    </message>
    <message>
        <source>title: missing</source>
        <translation>title：缺失</translation>
    </message>
    <message>
        <source>price &apos;%1&apos; %2</source>
        <translation>价格“%1”%2</translation>
    </message>
    <message>
        <source>promo_price &apos;%1&apos; %2</source>
        <translation>活动价“%1”%2</translation>
    </message>
    <message>
        <source>stock &apos;%1&apos; is not a whole number of items</source>
        <translation>库存“%1”不是整数件数</translation>
    </message>
</context>
<context>
    <name>ProfileLibrary</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be copied: %2</source>
        <translation>无法复制 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive: %2</source>
        <translation>%1 不是可读取的 zip 压缩包：%2</translation>
    </message>
    <message>
        <source>%1 holds %2 files; a profile has at most %3</source>
        <translation>%1 含有 %2 个文件；一个配置最多 %3 个</translation>
    </message>
    <message>
        <source>%1 has an entry that would land outside the profile (%2); nothing was imported</source>
        <translation>%1 中有一项会解压到配置文件夹之外（%2）；未导入任何内容</translation>
    </message>
    <message>
        <source>%1 holds a symbolic link (%2); a profile has none, nothing was imported</source>
        <translation>%1 含有符号链接（%2）；配置中不应有链接，未导入任何内容</translation>
    </message>
    <message>
        <source>%1: %2 cannot be unpacked: %3</source>
        <translation>%1：无法解压 %2：%3</translation>
    </message>
    <message>
        <source>%1: %2 is damaged: %3</source>
        <translation>%1：%2 已损坏：%3</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 GiB; nothing was imported</source>
        <translation>%1 解压后超过 %2 GiB；未导入任何内容</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be added to %2: %3</source>
        <translation>无法把 %1 加入 %2：%3</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>配置需要一个名称。</translation>
    </message>
    <message>
        <source>A profile&apos;s name has at most %1 characters.</source>
        <translation>配置名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a profile: it is a folder&apos;s name (no / or \, not starting with a dot).</source>
        <translation>“%1”不能作为配置名称：它是文件夹名（不能含 / 或 \，不能以点开头）。</translation>
    </message>
    <message>
        <source>There is a profile named %1 already.</source>
        <translation>已有名为 %1 的配置。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>%1 cannot be made</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>%1 is not a profile folder</source>
        <translation>%1 不是配置文件夹</translation>
    </message>
    <message>
        <source>There is no profile named %1.</source>
        <translation>没有名为 %1 的配置。</translation>
    </message>
    <message>
        <source>%1 is the profile in use: switch to another one to rename it.</source>
        <translation>%1 是正在使用的配置：请先切换到其他配置再重命名。</translation>
    </message>
    <message>
        <source>%1 cannot be renamed</source>
        <translation>无法重命名 %1</translation>
    </message>
    <message>
        <source>%1 is the profile in use: switch to another one to remove it.</source>
        <translation>%1 是正在使用的配置：请先切换到其他配置再删除。</translation>
    </message>
    <message>
        <source>%1 could not be moved to the trash; it is left as it was (remove the folder by hand if you mean it).</source>
        <translation>无法把 %1 移到回收站；已保持原样（如确要删除，请手动删除该文件夹）。</translation>
    </message>
    <message>
        <source>%1 exists and is not an empty folder</source>
        <translation>%1 已存在且不是空文件夹</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is larger than a profile can be (%2 files, %3 GiB)</source>
        <translation>%1 超出配置的上限（%2 个文件，%3 GiB）</translation>
    </message>
    <message>
        <source>%1 is not a ShopCast profile: it has no studio.json, ui.json, scenes.json or studio.db</source>
        <translation>%1 不是 ShopCast 配置：其中没有 studio.json、ui.json、scenes.json 或 studio.db</translation>
    </message>
    <message>
        <source>%1: its studio.db is not an SQLite database; nothing was imported</source>
        <translation>%1：其中的 studio.db 不是 SQLite 数据库；未导入任何内容</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>%1 cannot be copied to %2</source>
        <translation>无法把 %1 复制到 %2</translation>
    </message>
</context>
<context>
    <name>PushUrlExpiry</name>
    <message>
        <source>stream key expired at %1</source>
        <translation>推流码 %1 已过期</translation>
    </message>
    <message>
        <source>stream key expires at %1</source>
        <translation>推流码 %1 过期</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>快捷方式</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ReadConnection</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>RecordingChapters</name>
    <message>
        <source>Between segments 串场</source>
        <translation>串场</translation>
    </message>
</context>
<context>
    <name>RecordingRemuxer</name>
    <message>
        <source>remux %1 → %2 failed: %3</source>
        <translation>转封装 %1 → %2 失败：%3</translation>
    </message>
</context>
<context>
    <name>RemoteSession</name>
    <message>
        <source>Your message is not a JSON object.</source>
        <translation>消息不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Your message is missing an `op`.</source>
        <translation>消息缺少 `op`。</translation>
    </message>
    <message>
        <source>Your `op` is not an unsigned number.</source>
        <translation>`op` 不是无符号数。</translation>
    </message>
    <message>
        <source>Your message&apos;s data (`d`) is missing or not an object.</source>
        <translation>消息的数据（`d`）缺失或不是对象。</translation>
    </message>
    <message>
        <source>You sent a message other than Identify before being identified.</source>
        <translation>在完成 Identify 之前发送了其他消息。</translation>
    </message>
    <message>
        <source>Your request is missing a `requestId`.</source>
        <translation>请求缺少 `requestId`。</translation>
    </message>
    <message>
        <source>Your request is missing a `requestType`.</source>
        <translation>请求缺少 `requestType`。</translation>
    </message>
    <message>
        <source>Your `requestType` is not a string.</source>
        <translation>`requestType` 不是字符串。</translation>
    </message>
    <message>
        <source>Unknown op code %1.</source>
        <translation>未知的操作码 %1。</translation>
    </message>
    <message>
        <source>You are identified already.</source>
        <translation>已经完成 Identify。</translation>
    </message>
    <message>
        <source>Authentication failed.</source>
        <translation>认证失败。</translation>
    </message>
    <message>
        <source>Authentication is required.</source>
        <translation>需要认证。</translation>
    </message>
    <message>
        <source>Your Identify is missing an `rpcVersion`.</source>
        <translation>Identify 缺少 `rpcVersion`。</translation>
    </message>
    <message>
        <source>Your `rpcVersion` is not an unsigned number.</source>
        <translation>`rpcVersion` 不是无符号数。</translation>
    </message>
    <message>
        <source>This server speaks RPC version %1.</source>
        <translation>本服务器使用 RPC 版本 %1。</translation>
    </message>
    <message>
        <source>Your `eventSubscriptions` is not an unsigned number.</source>
        <translation>`eventSubscriptions` 不是无符号数。</translation>
    </message>
    <message>
        <source>Your request&apos;s `requestType` is empty.</source>
        <translation>请求的 `requestType` 为空。</translation>
    </message>
    <message>
        <source>Your `requestData` is not an object.</source>
        <translation>`requestData` 不是对象。</translation>
    </message>
    <message>
        <source>Your batch is missing a `requestId`.</source>
        <translation>批量请求缺少 `requestId`。</translation>
    </message>
    <message>
        <source>Your `executionType` is not a number.</source>
        <translation>`executionType` 不是数字。</translation>
    </message>
    <message>
        <source>Your `executionType` has an invalid value.</source>
        <translation>`executionType` 的值无效。</translation>
    </message>
    <message>
        <source>Only the SerialRealtime execution type (0) is supported.</source>
        <translation>只支持 SerialRealtime 执行方式（0）。</translation>
    </message>
    <message>
        <source>Your batch&apos;s `requests` is missing or not an array.</source>
        <translation>批量请求的 `requests` 缺失或不是数组。</translation>
    </message>
    <message>
        <source>A batch holds at most %1 requests.</source>
        <translation>一个批量请求最多 %1 条。</translation>
    </message>
    <message>
        <source>A request of the batch has no `requestType` string.</source>
        <translation>批量中有一条请求没有 `requestType` 字符串。</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>Render one frame of a scene, with its filters, to PNG.</source>
        <translation>把场景的一帧（含滤镜）渲染为 PNG。</translation>
    </message>
    <message>
        <source>The scene collection (JSON) to render.</source>
        <translation>要渲染的场景集合（JSON）。</translation>
    </message>
    <message>
        <source>The scene to render (default: the collection&apos;s current one).</source>
        <translation>要渲染的场景（默认：集合的当前场景）。</translation>
    </message>
    <message>
        <source>Canvas size (default 1280x720).</source>
        <translation>画布尺寸（默认 1280x720）。</translation>
    </message>
    <message>
        <source>Frames to let pass before the one written, for sources that load (default 10).</source>
        <translation>写出之前先等待的帧数，让需要加载的源就绪（默认 10）。</translation>
    </message>
    <message>
        <source>The PNG to write.</source>
        <translation>要写出的 PNG 文件。</translation>
    </message>
    <message>
        <source>--scene-collection is required</source>
        <translation>需要 --scene-collection</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>需要 --out</translation>
    </message>
    <message>
        <source>--canvas: %1</source>
        <translation>--canvas：%1</translation>
    </message>
    <message>
        <source>--frames must be from 0 to 600</source>
        <translation>--frames 必须在 0 到 600 之间</translation>
    </message>
    <message>
        <source>--scene-collection %1: %2</source>
        <translation>--scene-collection %1：%2</translation>
    </message>
    <message>
        <source>--scene-collection %1: larger than %2 MiB, not a scene collection</source>
        <translation>--scene-collection %1：超过 %2 MiB，不是场景集合</translation>
    </message>
    <message>
        <source>--scene: %1</source>
        <translation>--scene：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>libobs composed no frame within a minute</source>
        <translation>libobs 在一分钟内没有合成出画面</translation>
    </message>
    <message>
        <source>--out %1: the PNG could not be written</source>
        <translation>--out %1：无法写出 PNG</translation>
    </message>
    <message>
        <source>wrote %1 (%2x%3, scene &apos;%4&apos;)</source>
        <translation>已写出 %1（%2x%3，场景“%4”）</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Moderation actions</source>
        <translation>场控操作</translation>
    </message>
    <message>
        <source>Lottery entrants</source>
        <translation>抽奖参与者</translation>
    </message>
    <message>
        <source>Comments, questions, moderation and lottery entrants per minute</source>
        <translation>每分钟的评论、提问、场控操作和抽奖参与者</translation>
    </message>
    <message>
        <source>Planned against actual per slot</source>
        <translation>各时段计划与实际对比</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>在播时长</translation>
    </message>
    <message>
        <source>Flash sales</source>
        <translation>秒杀</translation>
    </message>
    <message>
        <source>Top questions</source>
        <translation>热门提问</translation>
    </message>
    <message>
        <source>Planned against actual</source>
        <translation>计划与实际</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation>（已中断）</translation>
    </message>
    <message>
        <source>Most engaged viewers (KOC candidates)</source>
        <translation>最活跃的观众（KOC 候选）</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>观众</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Lottery entries</source>
        <translation>抽奖参与</translation>
    </message>
    <message>
        <source>Days active</source>
        <translation>活跃天数</translation>
    </message>
    <message>
        <source>Made by ShopCast Studio from the show&apos;s local recording, timeline and chat log.</source>
        <translation>由 ShopCast Studio 根据本场直播的本地录像、时间线和评论记录生成。</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>成交额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>From its pitches</source>
        <translation>讲解带来的成交</translation>
    </message>
    <message>
        <source>GMV counts paid lines only (refunded and cancelled are not sales). From its pitches: lines paid during a pitch of the product or up to %1 min after it ends, counted for the latest such pitch.</source>
        <translation>成交额只计已支付的订单行（退款和取消的不算成交）。讲解带来的成交：在该商品讲解期间或讲解结束后 %1 分钟内支付的订单行，计入最近的一次讲解。</translation>
    </message>
    <message>
        <source>Pitches</source>
        <translation>讲解</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>GMV per minute on air</source>
        <translation>每分钟讲解成交额</translation>
    </message>
    <message>
        <source>Orders and GMV per minute</source>
        <translation>每分钟订单数和成交额</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>观看人次</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>观看人数</translation>
    </message>
    <message>
        <source>Peak online</source>
        <translation>最高在线</translation>
    </message>
    <message>
        <source>UV value</source>
        <translation>UV价值</translation>
    </message>
    <message>
        <source>GPM is GMV per thousand views (观看人次) and UV value GMV per viewer (观看人数), by the counts the platforms reported; a platform that gives one of the two (Bilibili gives 看过, people) stands for the other with it. A pitch&apos;s views are those that came in while it ran (the growth of the running count from its start to its end); its GPM is its GMV above per thousand of them.</source>
        <translation>GPM 为每千次观看（观看人次）的成交额，UV价值为每位观众（观看人数）的成交额，按平台上报的人数计算；只给出其中一个数的平台（B站只给“看过”人数）以它代替另一个。一段讲解的观看人次是讲解期间新进入的观看（累计数从讲解开始到结束的增长）；其 GPM 为上表中该讲解的成交额除以这些观看人次再乘以一千。</translation>
    </message>
    <message>
        <source>Views in the pitch</source>
        <translation>讲解期间观看人次</translation>
    </message>
    <message>
        <source>Mean online</source>
        <translation>平均在线</translation>
    </message>
    <message>
        <source>Views in its pitches</source>
        <translation>讲解期间观看人次</translation>
    </message>
    <message>
        <source>GPM of its pitches</source>
        <translation>讲解 GPM</translation>
    </message>
</context>
<context>
    <name>ResumeShowPrompt</name>
    <message>
        <source>on air: %1</source>
        <translation>在播：%1</translation>
    </message>
    <message>
        <source>slot %1 of %2, %3 min %4 s into it</source>
        <translation>第 %1/%2 个时段，已进行 %3 分 %4 秒</translation>
    </message>
    <message>
        <source>a flash sale with %1 s left</source>
        <translation>秒杀还剩 %1 秒</translation>
    </message>
    <message>
        <source>a lottery taking entries</source>
        <translation>抽奖正在接受参与</translation>
    </message>
    <message>
        <source>The show &quot;%1&quot; stopped at %2 without being ended (the studio was closed by force or crashed).

Where it stood: %3.

Resume it, or end it there?</source>
        <translation>直播“%1”于 %2 中断，未正常结束（工作室被强制关闭或崩溃）。

当时的状态：%3。

继续这场直播，还是在那里结束？</translation>
    </message>
    <message>
        <source>nothing on air</source>
        <translation>没有商品在播</translation>
    </message>
    <message>
        <source>Resume the show?</source>
        <translation>继续直播？</translation>
    </message>
    <message>
        <source>Resume the show</source>
        <translation>继续直播</translation>
    </message>
    <message>
        <source>End it</source>
        <translation>结束它</translation>
    </message>
    <message>
        <source>a poll taking votes</source>
        <translation>正在进行的投票</translation>
    </message>
    <message>
        <source>Resume, go live and record again</source>
        <translation>继续直播，重新开播并录制</translation>
    </message>
    <message>
        <source>Resume and go live again</source>
        <translation>继续直播并重新开播</translation>
    </message>
    <message>
        <source>Resume and record again</source>
        <translation>继续直播并重新录制</translation>
    </message>
</context>
<context>
    <name>ReviewCharts</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>The room, per minute</source>
        <translation>直播间每分钟数据</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Moderation actions</source>
        <translation>场控操作</translation>
    </message>
    <message>
        <source>Lottery entrants</source>
        <translation>抽奖参与者</translation>
    </message>
    <message>
        <source>Planned (grey) against actual (blue: on time, red: over) per slot</source>
        <translation>各时段计划（灰）与实际（蓝：准时，红：超时）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Sales, per minute</source>
        <translation>每分钟成交</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>GMV (yuan)</source>
        <translation>成交额（元）</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>The show&apos;s id (shopcast-cli lists none; the studio&apos;s Show library shows them).</source>
        <translation>直播场次的 ID（shopcast-cli 不列出；工作室的“直播库”中可以看到）。</translation>
    </message>
    <message>
        <source>The studio database (studio.db).</source>
        <translation>工作室数据库（studio.db）。</translation>
    </message>
    <message>
        <source>The folder to write to (made if missing).</source>
        <translation>写入的文件夹（不存在则创建）。</translation>
    </message>
    <message>
        <source>--show ID (a positive number), --db PATH and --out DIR are required</source>
        <translation>需要 --show ID（正整数）、--db 路径和 --out 文件夹</translation>
    </message>
    <message>
        <source>Writes a show&apos;s one-page HTML report (report.html with its charts).</source>
        <translation>生成一场直播的单页 HTML 复盘报告（report.html 及其图表）。</translation>
    </message>
    <message>
        <source>Cuts one clip per product pitch of a show by stream copy and writes chapters into its recording.</source>
        <translation>按商品讲解逐段无损切出片段，并把章节写入录像。</translation>
    </message>
    <message>
        <source>the recording %1 is not there (moved? open the show in the studio&apos;s Show library to say where it is)</source>
        <translation>录像 %1 不在原处（被移动了？请在工作室的“直播库”中打开该场直播并指出它的位置）</translation>
    </message>
    <message>
        <source>show %1 has no recorded product pitch to cut</source>
        <translation>第 %1 场直播没有可切的已录制讲解</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>How many products (1–%1; default 5).</source>
        <translation>商品数量（1–%1；默认 5）。</translation>
    </message>
    <message>
        <source>Rank by gmv (all the show&apos;s sales of a product) or attributed (sold during or after its pitches).</source>
        <translation>排序依据：gmv（商品在本场的全部成交）或 attributed（讲解期间及之后的成交）。</translation>
    </message>
    <message>
        <source>Writes the hot-product pack for the second push: the top products of a show by GMV, each with its clip, its card as a PNG and a copy from its selling points, with an index.html.</source>
        <translation>生成二次推广的爆品包：按成交额排名靠前的商品，每个带切片、商品卡 PNG 和由卖点生成的文案，附 index.html。</translation>
    </message>
    <message>
        <source>--top must be a number from 1 to %1</source>
        <translation>--top 须为 1 到 %1 的数字</translation>
    </message>
    <message>
        <source>--by must be gmv or attributed</source>
        <translation>--by 须为 gmv 或 attributed</translation>
    </message>
</context>
<context>
    <name>RhythmRule</name>
    <message>
        <source>rule &apos;%1&apos; is not a preset: use &quot;322&quot;, &quot;332&quot; or an object</source>
        <translation>规则“%1”不是预设：请使用 &quot;322&quot;、&quot;332&quot; 或一个对象</translation>
    </message>
    <message>
        <source>rule must be &quot;322&quot;, &quot;332&quot; or an object</source>
        <translation>rule 必须是 &quot;322&quot;、&quot;332&quot; 或一个对象</translation>
    </message>
    <message>
        <source>rule.%1 must be a whole number from 1 to %2</source>
        <translation>rule.%1 必须是 1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>rule.amberPercent must be below rule.redPercent</source>
        <translation>rule.amberPercent 必须小于 rule.redPercent</translation>
    </message>
    <message>
        <source>rule.interludeKinds: &apos;%1&apos; is not an interlude kind</source>
        <translation>rule.interludeKinds：“%1”不是互动类型</translation>
    </message>
    <message>
        <source>rule.interludeKinds must name at least one kind</source>
        <translation>rule.interludeKinds 至少要列出一种类型</translation>
    </message>
</context>
<context>
    <name>SceneActions</name>
    <message>
        <source>there is no item %1 in the scene %2</source>
        <translation>场景 %2 中没有第 %1 项</translation>
    </message>
</context>
<context>
    <name>SceneCollection</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>顶层必须是 JSON 对象</translation>
    </message>
    <message>
        <source>missing or invalid &quot;version&quot;</source>
        <translation>缺少 &quot;version&quot; 或其值无效</translation>
    </message>
    <message>
        <source>written by a newer ShopCast (format version %1, this build reads up to %2)</source>
        <translation>由更新版本的 ShopCast 写入（格式版本 %1，此版本最高读取 %2）</translation>
    </message>
    <message>
        <source>source #%1 lacks a name or an id</source>
        <translation>第 %1 个源缺少名称或 ID</translation>
    </message>
    <message>
        <source>two sources are named &apos;%1&apos;</source>
        <translation>有两个源都叫“%1”</translation>
    </message>
    <message>
        <source>scene #%1 has no name</source>
        <translation>第 %1 个场景没有名称</translation>
    </message>
    <message>
        <source>two scenes are named &apos;%1&apos;</source>
        <translation>有两个场景都叫“%1”</translation>
    </message>
    <message>
        <source>scene &apos;%1&apos; uses unknown source &apos;%2&apos;</source>
        <translation>场景“%1”使用了未知的源“%2”</translation>
    </message>
    <message>
        <source>the collection has no scene</source>
        <translation>场景集合中没有场景</translation>
    </message>
    <message>
        <source>no scene named &apos;%1&apos;</source>
        <translation>没有名为“%1”的场景</translation>
    </message>
    <message>
        <source>a scene needs a name</source>
        <translation>场景需要名称</translation>
    </message>
    <message>
        <source>a scene named &apos;%1&apos; already exists</source>
        <translation>已有名为“%1”的场景</translation>
    </message>
    <message>
        <source>the last scene cannot be removed</source>
        <translation>不能删除最后一个场景</translation>
    </message>
    <message>
        <source>a source needs a name and a kind</source>
        <translation>源需要名称和类型</translation>
    </message>
    <message>
        <source>the item does not refer to source &apos;%1&apos;</source>
        <translation>该项不是指向源“%1”</translation>
    </message>
    <message>
        <source>a different source named &apos;%1&apos; already exists</source>
        <translation>已有另一个名为“%1”的源</translation>
    </message>
    <message>
        <source>no item %1 in scene &apos;%2&apos;</source>
        <translation>场景“%2”中没有第 %1 项</translation>
    </message>
    <message>
        <source>cannot move item %1 to %2 in a scene of %3 items</source>
        <translation>无法在共 %3 项的场景中把第 %1 项移到 %2</translation>
    </message>
    <message>
        <source>give both width and height, or neither</source>
        <translation>宽度和高度要么都填，要么都不填</translation>
    </message>
    <message>
        <source>positions and sizes must be within ±16384 pixels</source>
        <translation>位置和尺寸必须在 ±16384 像素以内</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Product video</source>
        <translation>商品视频</translation>
    </message>
    <message>
        <source>Product image</source>
        <translation>商品图片</translation>
    </message>
    <message>
        <source>Product card</source>
        <translation>商品卡</translation>
    </message>
    <message>
        <source>Pinned comment</source>
        <translation>置顶评论</translation>
    </message>
    <message>
        <source>Lottery and poll</source>
        <translation>抽奖与投票</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主场景</translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>即将开始</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>filter #%1 of source &apos;%2&apos; lacks a name or an id</source>
        <translation>源“%2”的第 %1 个滤镜缺少名称或类型</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; has two filters named &apos;%2&apos;</source>
        <translation>源“%1”有两个名为“%2”的滤镜</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; has no filter #%2</source>
        <translation>源“%1”没有第 %2 个滤镜</translation>
    </message>
    <message>
        <source>a filter needs a name and a kind</source>
        <translation>滤镜需要名称和类型</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; already has a filter named &apos;%2&apos;</source>
        <translation>源“%1”已有名为“%2”的滤镜</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>美颜</translation>
    </message>
    <message>
        <source>the transition: %1</source>
        <translation>转场：%1</translation>
    </message>
    <message>
        <source>a transition needs a kind</source>
        <translation>转场需要一个类型</translation>
    </message>
    <message>
        <source>a transition lasts 0 to %1 ms, not %2</source>
        <translation>转场时长应为 0 到 %1 毫秒，而不是 %2</translation>
    </message>
    <message>
        <source>scene &apos;%1&apos;, item &apos;%2&apos;: %3</source>
        <translation>场景“%1”，项目“%2”：%3</translation>
    </message>
    <message>
        <source>a crop must be 0 to 16384 pixels</source>
        <translation>裁剪须在 0 到 16384 像素之间</translation>
    </message>
    <message>
        <source>a rotation must be 0 to under 360 degrees</source>
        <translation>旋转角度须在 0 到 360 度之间（不含 360）</translation>
    </message>
    <message>
        <source>no source or scene named &apos;%1&apos;</source>
        <translation>没有名为“%1”的来源或场景</translation>
    </message>
    <message>
        <source>a stinger needs its video file</source>
        <translation>视频过场需要指定视频文件</translation>
    </message>
    <message>
        <source>the second canvas shows &apos;%1&apos;, which is not a scene of the collection</source>
        <translation>第二画布显示“%1”，但场景集合中没有这个场景</translation>
    </message>
    <message>
        <source>there is no scene &apos;%1&apos;</source>
        <translation>没有场景“%1”</translation>
    </message>
    <message>
        <source>the audio of source &apos;%1&apos;: %2</source>
        <translation>源“%1”的音频：%2</translation>
    </message>
    <message>
        <source>no source named &apos;%1&apos;</source>
        <translation>没有名为“%1”的源</translation>
    </message>
    <message>
        <source>scene &apos;%1&apos; uses the global audio device &apos;%2&apos;</source>
        <translation>场景“%1”用了全局音频设备“%2”</translation>
    </message>
    <message>
        <source>more than %1 global audio devices</source>
        <translation>全局音频设备超过 %1 个</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a global audio device: it is heard in every scene already</source>
        <translation>“%1”是全局音频设备：每个场景都已能听到它</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a source in a scene, not a global audio device</source>
        <translation>“%1”是场景中的来源，不是全局音频设备</translation>
    </message>
    <message>
        <source>at most %1 global audio devices</source>
        <translation>最多 %1 个全局音频设备</translation>
    </message>
    <message>
        <source>Orders ticker</source>
        <translation>下单播报</translation>
    </message>
</context>
<context>
    <name>SceneCollectionImport</name>
    <message>
        <source>Not brought over:</source>
        <translation>未导入：</translation>
    </message>
    <message>
        <source>Brought over, not exactly as in OBS:</source>
        <translation>已导入，但与 OBS 中不完全相同：</translation>
    </message>
    <message>
        <source>Kept as saved, but not available in this studio:</source>
        <translation>按原样保留，但本直播间不支持：</translation>
    </message>
    <message>
        <source>Files not on this computer (kept; point them to the file):</source>
        <translation>本机上没有的文件（已保留，请重新指定文件）：</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an OBS scene collection is far smaller</source>
        <translation>%1 有 %2 MB，OBS 场景集合远没有这么大</translation>
    </message>
    <message>
        <source>%1 MB is far more than an OBS scene collection</source>
        <translation>%1 MB 远超 OBS 场景集合的大小</translation>
    </message>
    <message>
        <source>not an OBS scene collection: not JSON at byte %1 (%2); is the file cut short?</source>
        <translation>不是 OBS 场景集合：第 %1 字节处不是有效的 JSON（%2），文件是否不完整？</translation>
    </message>
    <message>
        <source>not an OBS scene collection: the top level is not a JSON object</source>
        <translation>不是 OBS 场景集合：顶层不是 JSON 对象</translation>
    </message>
    <message>
        <source>a filter with no kind (%1)</source>
        <translation>没有类型的滤镜（%1）</translation>
    </message>
    <message>
        <source>filter kept as saved; this studio has no such filter</source>
        <translation>滤镜按原样保留；本直播间没有这种滤镜</translation>
    </message>
    <message>
        <source>audio sync of %1 ms is beyond what the studio takes; %2 ms is used</source>
        <translation>音频同步偏移 %1 毫秒超出范围，已使用 %2 毫秒</translation>
    </message>
    <message>
        <source>its push-to-talk or push-to-mute key is not brought over: set it in the mixer</source>
        <translation>按键说话或按键静音的按键未导入，请在混音器中设置</translation>
    </message>
    <message>
        <source>OBS&apos;s bounds type %1 is fitted inside its box here</source>
        <translation>OBS 的边界框类型 %1 在这里按“适应框内”处理</translation>
    </message>
    <message>
        <source>its place inside the bounding box is centred here</source>
        <translation>在边界框内的对齐方式这里改为居中</translation>
    </message>
    <message>
        <source>scaled ×%1 in OBS, at its own size here until resized (its size is known once it plays)</source>
        <translation>在 OBS 中缩放 ×%1，这里先按原始尺寸显示，请调整大小（播放后才知道它的尺寸）</translation>
    </message>
    <message>
        <source>flipped in OBS about its anchor; flipped in its own place here</source>
        <translation>在 OBS 中绕锚点翻转，这里在原位翻转</translation>
    </message>
    <message>
        <source>anchored by another corner or centre in OBS; placed by its top-left corner here</source>
        <translation>在 OBS 中以其他角或中心为锚点，这里按左上角放置</translation>
    </message>
    <message>
        <source>rotated about its anchor in OBS, about its top-left corner here</source>
        <translation>在 OBS 中绕锚点旋转，这里绕左上角旋转</translation>
    </message>
    <message>
        <source>locked in OBS; items are not locked here</source>
        <translation>在 OBS 中已锁定，这里不锁定</translation>
    </message>
    <message>
        <source>blended &apos;%1&apos; in OBS, normally here</source>
        <translation>在 OBS 中使用“%1”混合模式，这里为正常混合</translation>
    </message>
    <message>
        <source>the group&apos;s rotation or anchor is not applied to its items</source>
        <translation>分组的旋转或锚点没有应用到其中的来源</translation>
    </message>
    <message>
        <source>a group: its items are placed in the scene in its place</source>
        <translation>分组：其中的来源按原位置直接放入场景</translation>
    </message>
    <message>
        <source>the group&apos;s own filters (the studio has no groups to put them on)</source>
        <translation>分组自身的滤镜（本直播间没有分组，无处安放）</translation>
    </message>
    <message>
        <source>a scene shown inside another: add its sources to this scene</source>
        <translation>嵌套在另一个场景中的场景：请把它的来源加到这个场景里</translation>
    </message>
    <message>
        <source>the scene names a source the file does not have</source>
        <translation>场景引用了文件中不存在的来源</translation>
    </message>
    <message>
        <source>an audio device of a kind this studio cannot open</source>
        <translation>本直播间无法打开这种音频设备</translation>
    </message>
    <message>
        <source>the studio keeps %1 global audio devices at most</source>
        <translation>全局音频设备最多 %1 个</translation>
    </message>
    <message>
        <source>a transition this studio does not have: a fade is used</source>
        <translation>本直播间没有这种转场，已改用淡入淡出</translation>
    </message>
    <message>
        <source>this is not an OBS scene collection (it has no &quot;sources&quot;)</source>
        <translation>这不是 OBS 场景集合（没有 &quot;sources&quot;）</translation>
    </message>
    <message>
        <source>this OBS scene collection has no scenes</source>
        <translation>这个 OBS 场景集合里没有场景</translation>
    </message>
    <message>
        <source>this studio&apos;s libobs cannot make this kind of source</source>
        <translation>本直播间的 libobs 无法创建这种来源</translation>
    </message>
    <message>
        <source>in no scene</source>
        <translation>不在任何场景中</translation>
    </message>
    <message>
        <source>the collection could not be built: %1</source>
        <translation>无法生成场景集合：%1</translation>
    </message>
</context>
<context>
    <name>SceneCollectionStore</name>
    <message>
        <source>%1 was missing; restored the previous copy %2</source>
        <translation>%1 丢失，已恢复之前的副本 %2</translation>
    </message>
    <message>
        <source>Scene collection %1 could not be read (%2). The damaged file is kept as %3; the previous copy was loaded.</source>
        <translation>无法读取场景集合 %1（%2）。损坏的文件保留为 %3；已载入之前的副本。</translation>
    </message>
    <message>
        <source>Scene collection %1 could not be read (%2). The damaged file is kept as %3; no previous copy was usable, so the demo scenes were loaded.</source>
        <translation>无法读取场景集合 %1（%2）。损坏的文件保留为 %3；没有可用的之前副本，已载入演示场景。</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>ScenesCommand</name>
    <message>
        <source>usage: shopcast-cli scenes import-obs FILE --out COLLECTION.json | scenes list-obs [--obs-config DIR]</source>
        <translation>用法：shopcast-cli scenes import-obs 文件 --out 场景集合.json | scenes list-obs [--obs-config 文件夹]</translation>
    </message>
    <message>
        <source>Write the studio&apos;s scene collection here (scenes.json of a profile).</source>
        <translation>把直播间的场景集合写到这里（配置中的 scenes.json）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Replace the file at --out if there is one.</source>
        <translation>如果 --out 处已有文件，则替换它。</translation>
    </message>
    <message>
        <source>An OBS scene collection (~/.config/obs-studio/basic/scenes/NAME.json)</source>
        <translation>OBS 场景集合（~/.config/obs-studio/basic/scenes/名称.json）</translation>
    </message>
    <message>
        <source>usage: shopcast-cli scenes import-obs FILE --out COLLECTION.json</source>
        <translation>用法：shopcast-cli scenes import-obs 文件 --out 场景集合.json</translation>
    </message>
    <message>
        <source>--out names the OBS file itself; the import never changes it</source>
        <translation>--out 指向了 OBS 文件本身；导入从不修改它</translation>
    </message>
    <message>
        <source>%1 exists; give --force to replace it</source>
        <translation>%1 已存在；加 --force 可替换</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>imported %1 scenes and %2 sources into %3</source>
        <translation>已导入 %1 个场景、%2 个来源到 %3</translation>
    </message>
    <message>
        <source>OBS&apos;s config folder (default %1).</source>
        <translation>OBS 的配置文件夹（默认 %1）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>no OBS scene collections in %1</source>
        <translation>%1 中没有 OBS 场景集合</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>%1 belongs to another user; it is not used</source>
        <translation>%1 属于其他用户，不会使用它</translation>
    </message>
    <message>
        <source>%1 is readable by others and cannot be made owner-only; it is not used</source>
        <translation>%1 可被他人读取且无法改为仅本人可读，不会使用它</translation>
    </message>
    <message>
        <source>%1 was readable by other users; it is owner-only (0600) again</source>
        <translation>%1 曾可被其他用户读取；已重新设为仅本人可读（0600）</translation>
    </message>
    <message>
        <source>the system keyring is not available (%1)</source>
        <translation>系统密钥环不可用（%1）</translation>
    </message>
    <message>
        <source>no keyring (%1) and %2 is not writable</source>
        <translation>没有密钥环（%1），且 %2 不可写</translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Taobao Live</source>
        <translation>淘宝直播</translation>
    </message>
    <message>
        <source>WeChat Channels</source>
        <translation>视频号</translation>
    </message>
    <message>
        <source>Kuaishou (address per show)</source>
        <translation>快手（每场推流地址）</translation>
    </message>
    <message>
        <source>The platform list (%1) is not installed; use Custom and paste the server from the platform.</source>
        <translation>未安装平台列表（%1）；请选“自定义”，粘贴平台提供的服务器地址。</translation>
    </message>
    <message>
        <source>The platform list %1 is %2 MB, more than a platform list can be; it was not read. Use Custom.</source>
        <translation>平台列表 %1 有 %2 MB，大得不正常，未读取。请选“自定义”。</translation>
    </message>
    <message>
        <source>The platform list %1 cannot be read (%2); use Custom.</source>
        <translation>无法读取平台列表 %1（%2）；请选“自定义”。</translation>
    </message>
    <message>
        <source>The platform list %1 is broken (%2 at byte %3); use Custom.</source>
        <translation>平台列表 %1 已损坏（第 %3 字节：%2）；请选“自定义”。</translation>
    </message>
    <message>
        <source>The platform list %1 has no services in it; use Custom.</source>
        <translation>平台列表 %1 中没有平台；请选“自定义”。</translation>
    </message>
    <message>
        <source>The platform list %1 is of format %2 (this studio reads %3 to %4): its platforms are read as far as they match.</source>
        <translation>平台列表 %1 的格式版本为 %2（本直播间支持 %3 到 %4），已尽量读取其中的平台。</translation>
    </message>
</context>
<context>
    <name>ShowActions</name>
    <message>
        <source>no product is on air</source>
        <translation>当前没有在讲解的商品</translation>
    </message>
    <message>
        <source>no show is running</source>
        <translation>没有正在进行的直播</translation>
    </message>
    <message>
        <source>%1 cannot go on air</source>
        <translation>%1 无法上播</translation>
    </message>
    <message>
        <source>there is no next product</source>
        <translation>没有下一个商品</translation>
    </message>
    <message>
        <source>there is no previous product</source>
        <translation>没有上一个商品</translation>
    </message>
    <message>
        <source>%1 is not in the lineup</source>
        <translation>%1 不在商品排期中</translation>
    </message>
    <message>
        <source>sale price &quot;%1&quot; %2</source>
        <translation>秒杀价“%1”%2</translation>
    </message>
    <message>
        <source>the flash sale could not start</source>
        <translation>限时秒杀无法开始</translation>
    </message>
    <message>
        <source>no flash sale is running</source>
        <translation>没有正在进行的限时秒杀</translation>
    </message>
    <message>
        <source>the rhythm timer is not running</source>
        <translation>节奏计时器未在运行</translation>
    </message>
    <message>
        <source>the plan has no slots</source>
        <translation>直播计划中没有环节</translation>
    </message>
    <message>
        <source>the rhythm timer is already running</source>
        <translation>节奏计时器已在运行</translation>
    </message>
    <message>
        <source>a pinned comment needs its text</source>
        <translation>置顶评论需要内容</translation>
    </message>
    <message>
        <source>which comment? Select one first</source>
        <translation>要置顶哪条评论？请先选中一条</translation>
    </message>
    <message>
        <source>the comment %1 is not in the chat any more</source>
        <translation>评论 %1 已不在评论列表中</translation>
    </message>
    <message>
        <source>no comment is pinned</source>
        <translation>没有置顶的评论</translation>
    </message>
    <message>
        <source>a poll needs a question and its options</source>
        <translation>投票需要问题和选项</translation>
    </message>
    <message>
        <source>no winners or poll result is on stream</source>
        <translation>直播画面上没有中奖名单或投票结果</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>提示内容为空</translation>
    </message>
    <message>
        <source>no note is shown</source>
        <translation>当前没有提示</translation>
    </message>
    <message>
        <source>state must be answered, dismissed or open</source>
        <translation>state 只能是 answered、dismissed 或 open</translation>
    </message>
    <message>
        <source>that question is not in the list any more</source>
        <translation>这个问题已不在列表中</translation>
    </message>
    <message>
        <source>that comment is not in the review queue any more</source>
        <translation>这条评论已不在待审队列中</translation>
    </message>
    <message>
        <source>%1 is not waiting for a sold-out answer</source>
        <translation>%1 没有在等待售罄确认</translation>
    </message>
</context>
<context>
    <name>ShowCheckpoint</name>
    <message>
        <source>the checkpoint is larger than %1 KiB</source>
        <translation>检查点超过 %1 KiB</translation>
    </message>
    <message>
        <source>the checkpoint is not JSON: %1</source>
        <translation>检查点不是 JSON：%1</translation>
    </message>
    <message>
        <source>the checkpoint has an unknown version</source>
        <translation>检查点的版本未知</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s times are out of range</source>
        <translation>检查点中的时间超出范围</translation>
    </message>
    <message>
        <source>the show has no checkpoint</source>
        <translation>这场直播没有检查点</translation>
    </message>
    <message>
        <source>the checkpoint belongs to another show</source>
        <translation>检查点属于另一场直播</translation>
    </message>
</context>
<context>
    <name>ShowLibrary</name>
    <message>
        <source>there is no show %1 in this database</source>
        <translation>此数据库中没有第 %1 场直播</translation>
    </message>
    <message>
        <source>%1 is not a readable file</source>
        <translation>%1 不是可读取的文件</translation>
    </message>
    <message>
        <source>this library only reads</source>
        <translation>此直播库只读</translation>
    </message>
</context>
<context>
    <name>ShowPlan</name>
    <message>
        <source>not valid JSON (line %1: %2)</source>
        <translation>不是有效的 JSON（第 %1 行：%2）</translation>
    </message>
    <message>
        <source>a show plan is a JSON object</source>
        <translation>直播计划必须是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing</source>
        <translation>缺少 &quot;version&quot;</translation>
    </message>
    <message>
        <source>this plan is format version %1, written by a newer ShopCast; this build reads up to %2</source>
        <translation>此计划的格式版本为 %1，由更新版本的 ShopCast 写入；此版本最高读取 %2</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1</source>
        <translation>&quot;version&quot; 必须为 1</translation>
    </message>
    <message>
        <source>plannedStart &apos;%1&apos; is not an ISO-8601 date and time</source>
        <translation>plannedStart“%1”不是 ISO-8601 日期时间</translation>
    </message>
    <message>
        <source>plannedStart must be an ISO-8601 string or null</source>
        <translation>plannedStart 必须是 ISO-8601 字符串或 null</translation>
    </message>
    <message>
        <source>plannedSeconds must be a positive whole number</source>
        <translation>plannedSeconds 必须是正整数</translation>
    </message>
    <message>
        <source>&quot;slots&quot; must be an array</source>
        <translation>&quot;slots&quot; 必须是数组</translation>
    </message>
    <message>
        <source>%1.kind &apos;%2&apos; is not one of %3</source>
        <translation>%1.kind“%2”不是 %3 之一</translation>
    </message>
    <message>
        <source>%1.plannedSeconds must be a whole number from 1 to 86400 (zero-length slots are not allowed)</source>
        <translation>%1.plannedSeconds 必须是 1 到 86400 之间的整数（不允许时长为零的时段）</translation>
    </message>
    <message>
        <source>%1 is a product slot without a &quot;sku&quot;</source>
        <translation>%1 是商品时段，但没有 &quot;sku&quot;</translation>
    </message>
    <message>
        <source>%1.preset must be an object</source>
        <translation>%1.preset 必须是对象</translation>
    </message>
    <message>
        <source>%1.preset is larger than %2 bytes</source>
        <translation>%1.preset 超过 %2 字节</translation>
    </message>
    <message>
        <source>%1.countdown must be true or false</source>
        <translation>%1.countdown 必须是 true 或 false</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>SlotKinds</name>
    <message>
        <source>Warm-up</source>
        <translation>暖场</translation>
    </message>
    <message>
        <source>Product pitch</source>
        <translation>商品讲解</translation>
    </message>
    <message>
        <source>Lottery</source>
        <translation>抽奖</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>游戏</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>答疑</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>收尾</translation>
    </message>
</context>
<context>
    <name>SourceCatalog</name>
    <message>
        <source>Video capture device (camera)</source>
        <translation>视频采集设备（摄像头）</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation>屏幕采集</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>媒体文件</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Media (*.mp4 *.mkv *.mov *.flv *.webm *.mp3 *.aac *.wav)</source>
        <translation>媒体 (*.mp4 *.mkv *.mov *.flv *.webm *.mp3 *.aac *.wav)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>纯色</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Product card (follows the lineup)</source>
        <translation>商品卡（跟随排品）</translation>
    </message>
    <message>
        <source>Product card</source>
        <translation>商品卡</translation>
    </message>
    <message>
        <source>Pinned comment (from the Comments dock)</source>
        <translation>置顶评论（来自“评论”面板）</translation>
    </message>
    <message>
        <source>Pinned comment</source>
        <translation>置顶评论</translation>
    </message>
    <message>
        <source>Lottery and poll (countdown, winners, bars)</source>
        <translation>抽奖与投票（倒计时、中奖者、投票条）</translation>
    </message>
    <message>
        <source>Lottery and poll</source>
        <translation>抽奖与投票</translation>
    </message>
    <message>
        <source>Audio input capture (microphone)</source>
        <translation>音频输入采集（麦克风）</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>Audio output capture (desktop audio)</source>
        <translation>音频输出采集（桌面声音）</translation>
    </message>
    <message>
        <source>Desktop audio</source>
        <translation>桌面声音</translation>
    </message>
    <message>
        <source>Product picture (follows the lineup)</source>
        <translation>商品大图（跟随排品）</translation>
    </message>
    <message>
        <source>Product image</source>
        <translation>商品图片</translation>
    </message>
    <message>
        <source>Orders ticker (“张** just bought…”, from live orders)</source>
        <translation>下单播报（“张** 刚刚下单…”，来自实时订单）</translation>
    </message>
    <message>
        <source>Orders ticker</source>
        <translation>下单播报</translation>
    </message>
</context>
<context>
    <name>SpamDetector</name>
    <message>
        <source>first comment of this user</source>
        <translation>该用户的第一条评论</translation>
    </message>
    <message>
        <source>the same as this user&apos;s previous comment</source>
        <translation>与该用户上一条评论相同</translation>
    </message>
    <message>
        <source>more than %1 comments in %2 s</source>
        <translation>%2 秒内超过 %1 条评论</translation>
    </message>
    <message>
        <source>%1 characters (at most %2)</source>
        <translation>%1 个字符（最多 %2）</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>a contact id</source>
        <translation>联系方式账号</translation>
    </message>
    <message>
        <source>%1 of %2 letters in capitals</source>
        <translation>%2 个字母中有 %1 个是大写</translation>
    </message>
    <message>
        <source>%1 of %2 characters are symbols</source>
        <translation>%2 个字符中有 %1 个是符号</translation>
    </message>
    <message>
        <source>%1 emoji (at most %2)</source>
        <translation>%1 个表情（最多 %2）</translation>
    </message>
</context>
<context>
    <name>SpamSettings</name>
    <message>
        <source>%1: &apos;%2&apos; is not an action</source>
        <translation>%1：“%2”不是动作</translation>
    </message>
    <message>
        <source>%1.%2: must be between %3 and %4</source>
        <translation>%1.%2：必须在 %3 到 %4 之间</translation>
    </message>
</context>
<context>
    <name>StreamCommand</name>
    <message>
        <source>Stream the scene to RTMP/RTMPS destinations and/or record it.</source>
        <translation>把场景推流到 RTMP/RTMPS 推流地址，和/或录制下来。</translation>
    </message>
    <message>
        <source>Destination rtmp(s)://host[:port]/app/key (repeatable).</source>
        <translation>推流地址 rtmp(s)://主机[:端口]/应用/推流码（可重复）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>File with one destination URL per line (keeps keys off the command line).</source>
        <translation>每行一个推流地址的文件（推流码不出现在命令行上）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Record to PATH (MKV while recording, remuxed to MP4).</source>
        <translation>录制到路径（录制时为 MKV，结束后转封装为 MP4）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Canvas size, e.g. 1280x720 or 720x1280.</source>
        <translation>画布尺寸，例如 1280x720 或 720x1280。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>宽x高</translation>
    </message>
    <message>
        <source>Frame rate: 30 or 60.</source>
        <translation>帧率：30 或 60。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Stop after S seconds (default: until SIGINT/SIGTERM).</source>
        <translation>S 秒后停止（默认：直到收到 SIGINT/SIGTERM）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Video bitrate in kbps.</source>
        <translation>视频码率（kbps）。</translation>
    </message>
    <message>
        <source>KBPS</source>
        <translation>KBPS</translation>
    </message>
    <message>
        <source>Scene collection JSON (default: the demo scene).</source>
        <translation>场景集合 JSON（默认：演示场景）。</translation>
    </message>
    <message>
        <source>Studio database with the catalog (for --product).</source>
        <translation>含商品库的工作室数据库（用于 --product）。</translation>
    </message>
    <message>
        <source>Show the product card of this SKU.</source>
        <translation>显示此 SKU 的商品卡。</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product card template.</source>
        <translation>商品卡模板。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>--dest: %1</source>
        <translation>--dest：%1</translation>
    </message>
    <message>
        <source>--dest-file %1: %2</source>
        <translation>--dest-file %1：%2</translation>
    </message>
    <message>
        <source>--canvas: %1</source>
        <translation>--canvas：%1</translation>
    </message>
    <message>
        <source>--fps must be 30 or 60</source>
        <translation>--fps 必须是 30 或 60</translation>
    </message>
    <message>
        <source>--duration must be a positive number of seconds</source>
        <translation>--duration 必须是正的秒数</translation>
    </message>
    <message>
        <source>--bitrate must be between 100 and 50000 kbps</source>
        <translation>--bitrate 必须在 100 到 50000 kbps 之间</translation>
    </message>
    <message>
        <source>nothing to do: give at least one --dest, --dest-file or --record</source>
        <translation>无事可做：请至少给出一个 --dest、--dest-file 或 --record</translation>
    </message>
    <message>
        <source>--scene-collection %1: %2</source>
        <translation>--scene-collection %1：%2</translation>
    </message>
    <message>
        <source>--product needs --db with an existing studio database</source>
        <translation>--product 需要 --db 指向已有的工作室数据库</translation>
    </message>
    <message>
        <source>--template must be one of: %1</source>
        <translation>--template 必须是以下之一：%1</translation>
    </message>
    <message>
        <source>warning: the scene has no product card overlay; --product shows nothing</source>
        <translation>警告：场景中没有商品卡叠加层；--product 不会显示任何内容</translation>
    </message>
    <message>
        <source>nothing could start</source>
        <translation>什么都没能启动</translation>
    </message>
    <message>
        <source>some destinations did not stop within 15 s</source>
        <translation>有些推流在 15 秒内没有停止</translation>
    </message>
    <message>
        <source>the recording did not finish within 60 s</source>
        <translation>录制在 60 秒内没有完成</translation>
    </message>
    <message>
        <source>--product: no product &apos;%1&apos; in %2</source>
        <translation>--product：%2 中没有商品“%1”</translation>
    </message>
    <message>
        <source>--product: the studio database cannot be used</source>
        <translation>--product：工作室数据库无法使用</translation>
    </message>
    <message>
        <source>A second canvas of this size from the same sources, e.g. 720x1280.</source>
        <translation>用同一组来源合成此尺寸的第二画布，例如 720x1280。</translation>
    </message>
    <message>
        <source>Destination of the second canvas (repeatable).</source>
        <translation>第二画布的推流地址（可重复）。</translation>
    </message>
    <message>
        <source>Scene of the second canvas (default: the collection&apos;s, else the program&apos;s scene laid out for it).</source>
        <translation>第二画布的场景（默认：场景集合中指定的，否则按第二画布重新排版的节目场景）。</translation>
    </message>
    <message>
        <source>What --record records: program, second or both.</source>
        <translation>--record 录制什么：program（节目）、second（第二画布）或 both（两者）。</translation>
    </message>
    <message>
        <source>WHICH</source>
        <translation>哪个</translation>
    </message>
    <message>
        <source>--second-canvas: %1</source>
        <translation>--second-canvas：%1</translation>
    </message>
    <message>
        <source>--second-dest needs --second-canvas</source>
        <translation>--second-dest 需要同时给出 --second-canvas</translation>
    </message>
    <message>
        <source>--second-dest: %1</source>
        <translation>--second-dest：%1</translation>
    </message>
    <message>
        <source>--second-scene needs --second-canvas</source>
        <translation>--second-scene 需要同时给出 --second-canvas</translation>
    </message>
    <message>
        <source>--record-canvas must be program, second or both</source>
        <translation>--record-canvas 只能是 program、second 或 both</translation>
    </message>
    <message>
        <source>--record-canvas %1 needs --second-canvas</source>
        <translation>--record-canvas %1 需要同时给出 --second-canvas</translation>
    </message>
    <message>
        <source>--second-scene: %1</source>
        <translation>--second-scene：%1</translation>
    </message>
</context>
<context>
    <name>StreamingService</name>
    <message>
        <source>%1 takes at most %2 kbps of video; Output is set to %3 kbps</source>
        <translation>%1 视频码率最高 %2 kbps，输出设置为 %3 kbps</translation>
    </message>
    <message>
        <source>%1 takes at most %2 kbps of audio; Output is set to %3 kbps</source>
        <translation>%1 音频码率最高 %2 kbps，输出设置为 %3 kbps</translation>
    </message>
    <message>
        <source>%1 asks for a keyframe every %2 s; Output is set to %3 s</source>
        <translation>%1 要求每 %2 秒一个关键帧，输出设置为 %3 秒</translation>
    </message>
    <message>
        <source>%1 takes at most %2 fps; the canvas runs at %3 fps</source>
        <translation>%1 最高 %2 fps，画布为 %3 fps</translation>
    </message>
    <message>
        <source>%1 takes at most %2 B-frames; Output is set to %3</source>
        <translation>%1 最多 %2 个 B 帧，输出设置为 %3</translation>
    </message>
    <message>
        <source>%1 asks for the %2 profile; Output is set to %3</source>
        <translation>%1 要求 %2 档次，输出设置为 %3</translation>
    </message>
    <message>
        <source>%1 takes %2; the stream is %3</source>
        <translation>%1 支持 %2，当前推流为 %3</translation>
    </message>
</context>
<context>
    <name>StudioRequests</name>
    <message>
        <source>Your request is missing the field `%1`.</source>
        <translation>请求缺少字段 `%1`。</translation>
    </message>
    <message>
        <source>The field `%1` is not a string.</source>
        <translation>字段 `%1` 不是字符串。</translation>
    </message>
    <message>
        <source>The field `%1` is empty.</source>
        <translation>字段 `%1` 为空。</translation>
    </message>
    <message>
        <source>No scene named %1.</source>
        <translation>没有名为 %1 的场景。</translation>
    </message>
    <message>
        <source>Your request needs `studioModeEnabled` as true or false.</source>
        <translation>请求需要 `studioModeEnabled` 为 true 或 false。</translation>
    </message>
    <message>
        <source>Studio mode is off.</source>
        <translation>工作室模式未开启。</translation>
    </message>
    <message>
        <source>The replay buffer is off.</source>
        <translation>回放缓存未开启。</translation>
    </message>
    <message>
        <source>No hotkey named %1.</source>
        <translation>没有名为 %1 的快捷键。</translation>
    </message>
    <message>
        <source>Your request type is not valid: %1</source>
        <translation>请求类型无效：%1</translation>
    </message>
    <message>
        <source>No action %1.</source>
        <translation>没有动作 %1。</translation>
    </message>
    <message>
        <source>This password may watch, not run %1.</source>
        <translation>此密码只能查看，不能执行 %1。</translation>
    </message>
    <message>
        <source>The output is already running.</source>
        <translation>输出已在运行。</translation>
    </message>
    <message>
        <source>The output is not running.</source>
        <translation>输出未在运行。</translation>
    </message>
    <message>
        <source>No vendor named %1 (this studio has &quot;%2&quot;).</source>
        <translation>没有名为 %1 的厂商（本直播间是“%2”）。</translation>
    </message>
    <message>
        <source>The field `requestData` is not an object.</source>
        <translation>字段 `requestData` 不是对象。</translation>
    </message>
</context>
<context>
    <name>TermList</name>
    <message>
        <source>line %1: not UTF-8</source>
        <translation>第 %1 行：不是 UTF-8</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is not an action (hide, hold, timeout or ban)</source>
        <translation>第 %1 行：“%2”不是动作（hide、hold、timeout 或 ban）</translation>
    </message>
    <message>
        <source>line %1: a term is at most %2 characters</source>
        <translation>第 %1 行：屏蔽词最多 %2 个字符</translation>
    </message>
    <message>
        <source>line %1: more than %2 terms; the rest is ignored</source>
        <translation>第 %1 行：屏蔽词超过 %2 个，其余的已忽略</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: larger than 64 MiB</source>
        <translation>%1：超过 64 MiB</translation>
    </message>
</context>
<context>
    <name>TermMatcher</name>
    <message>
        <source>it can match an empty text</source>
        <translation>它可以匹配空文本</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no letters or digits once normalised; left out</source>
        <translation>“%1”规范化后没有字母或数字，已略去</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would match everything; left out</source>
        <translation>“%1”会匹配所有内容，已略去</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2; left out</source>
        <translation>“%1”：%2，已略去</translation>
    </message>
    <message>
        <source>regex &apos;%1…&apos;: longer than 1,000 characters; left out</source>
        <translation>正则“%1…”：超过 1,000 个字符，已略去</translation>
    </message>
    <message>
        <source>regex &apos;%1&apos;: %2; left out</source>
        <translation>正则“%1”：%2，已略去</translation>
    </message>
    <message>
        <source>the %1 rules could not be compiled: %2</source>
        <translation>无法编译 %1 条规则：%2</translation>
    </message>
</context>
<context>
    <name>TransitionCatalog</name>
    <message>
        <source>Cut</source>
        <translation>直接切换</translation>
    </message>
    <message>
        <source>Fade</source>
        <translation>淡入淡出</translation>
    </message>
    <message>
        <source>Swipe</source>
        <translation>滑动</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>推移</translation>
    </message>
    <message>
        <source>Fade to colour</source>
        <translation>颜色过渡</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>Stinger (a video over the switch)</source>
        <translation>视频过场（切换时播放一段视频）</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The language &quot;%1&quot; is not one this studio has (%2); it follows the system instead.</source>
        <translation>本工作室没有“%1”语言（可选：%2）；改为跟随系统。</translation>
    </message>
    <message>
        <source>The %1 translation (%2) is missing or damaged; the studio is in English.</source>
        <translation>%1 翻译文件（%2）缺失或损坏；工作室以英文显示。</translation>
    </message>
</context>
<context>
    <name>TwitchIrcDecoder</name>
    <message>
        <source>line of %1 characters is longer than any IRC message; dropped</source>
        <translation>该行长 %1 个字符，比任何 IRC 消息都长，已丢弃</translation>
    </message>
    <message>
        <source>not an IRC message: %1</source>
        <translation>不是 IRC 消息：%1</translation>
    </message>
    <message>
        <source>PRIVMSG without text</source>
        <translation>PRIVMSG 没有文本</translation>
    </message>
    <message>
        <source>CLEARMSG without target-msg-id</source>
        <translation>CLEARMSG 缺少 target-msg-id</translation>
    </message>
</context>
<context>
    <name>UiSettings</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; the defaults are used</source>
        <translation>%1 超过 %2 KiB；使用默认设置</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); the defaults are used</source>
        <translation>%1 不是有效的 JSON（%2）；使用默认设置</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>allow</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>hold for review</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>mute for a while</source>
        <translation>禁言一段时间</translation>
    </message>
    <message>
        <source>ban</source>
        <translation>拉黑</translation>
    </message>
    <message>
        <source>written another way</source>
        <translation>变体写法</translation>
    </message>
    <message>
        <source>look-alike characters</source>
        <translation>形近字</translation>
    </message>
    <message>
        <source>in pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>原样</translation>
    </message>
    <message>
        <source>banned term “%1” (%2)</source>
        <translation>违禁词“%1”（%2）</translation>
    </message>
    <message>
        <source>banned pattern %1 (%2)</source>
        <translation>违禁规则 %1（%2）</translation>
    </message>
    <message>
        <source>shouting in capitals</source>
        <translation>大量大写字母</translation>
    </message>
    <message>
        <source>contact details</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>too many emoji</source>
        <translation>表情过多</translation>
    </message>
    <message>
        <source>first comment</source>
        <translation>首次发言</translation>
    </message>
    <message>
        <source>too many comments at once</source>
        <translation>刷屏</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>过长</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>the same comment again</source>
        <translation>重复发言</translation>
    </message>
    <message>
        <source>mostly symbols</source>
        <translation>大量符号</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>VoicePreset</name>
    <message>
        <source>Noise suppression</source>
        <translation>降噪</translation>
    </message>
    <message>
        <source>Noise gate</source>
        <translation>噪声门</translation>
    </message>
    <message>
        <source>Compressor</source>
        <translation>压缩器</translation>
    </message>
    <message>
        <source>Limiter</source>
        <translation>限幅器</translation>
    </message>
    <message>
        <source>no source named &apos;%1&apos;</source>
        <translation>没有名为“%1”的源</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>shopcast-cli: unknown command &apos;%1&apos;</source>
        <translation>shopcast-cli：未知命令“%1”</translation>
    </message>
    <message>
        <source>usage: shopcast-cli &lt;command&gt; [options]

commands:
  stream    push the scene to RTMP/RTMPS destinations and/or record it
  catalog   import or export products (catalog import|export)
  overlay   render a product card to PNG (overlay render)
  render    render one frame of a scene collection, filters and all, to PNG
  scenes    bring an OBS Studio scene collection over (scenes import-obs|list-obs)
  plan      check or generate a show plan (plan lint|generate)
  chat      decode a raw comment capture to JSON lines (chat decode)
  moderate  run the moderation rules over comments in JSON lines
  lottery   draw winners verifiably, or check a draw (lottery draw|verify)
  orders    import a platform&apos;s order export (orders import FILE --db PATH)
  report    write a past show&apos;s HTML report (report --show ID --db PATH --out DIR)
  clips     cut a clip per product pitch of a show (clips --show ID --db PATH --out DIR)
  pack      write a show&apos;s hot-product pack: top products with clip, card and copy

Run &apos;shopcast-cli &lt;command&gt; --help&apos; for the options of a command.
</source>
        <translation>用法：shopcast-cli &lt;命令&gt; [选项]

命令：
  stream    把场景推流到 RTMP/RTMPS 推流地址，和/或录制
  catalog   导入或导出商品（catalog import|export）
  overlay   把商品卡渲染为 PNG（overlay render）
  render    把场景集合的一帧（含滤镜）渲染为 PNG
  scenes    导入 OBS Studio 的场景集合（scenes import-obs|list-obs）
  plan      检查或生成直播计划（plan lint|generate）
  chat      把原始弹幕录制解码为 JSON 行（chat decode）
  moderate  对 JSON 行中的评论执行场控规则
  lottery   可验证地抽出中奖者，或核验一次开奖（lottery draw|verify）
  orders    导入平台的订单导出文件（orders import FILE --db PATH）
  report    生成往期直播的 HTML 复盘报告（report --show ID --db 路径 --out 文件夹）
  clips     按商品讲解切出片段（clips --show ID --db 路径 --out 文件夹）
  pack      生成一场直播的爆品包：排名靠前的商品，带切片、商品卡和文案

运行 &apos;shopcast-cli &lt;命令&gt; --help&apos; 查看某个命令的选项。
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Profile folder (settings, scenes, layout).</source>
        <translation>配置文件夹（设置、场景、布局）。</translation>
    </message>
    <message>
        <source>Start from the demo show instead of the saved scenes.</source>
        <translation>从演示直播开始，而不是已保存的场景。</translation>
    </message>
    <message>
        <source>If the last run stopped in the middle of a show, go on with it without asking.</source>
        <translation>如果上次运行在直播途中中断，不询问直接继续那场直播。</translation>
    </message>
    <message>
        <source>If the last run stopped in the middle of a show, close that show without asking.</source>
        <translation>如果上次运行在直播途中中断，不询问直接结束那场直播。</translation>
    </message>
    <message>
        <source>Load the show plan FILE and run it at once: the rhythm timer starts, each slot ends at its planned length.</source>
        <translation>载入直播计划文件并立即运行：节奏计时器启动，每个时段到计划时长即结束。</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to FILE a moment after the first frame, then quit.</source>
        <translation>第一帧出来片刻后把窗口截图保存到文件，然后退出。</translation>
    </message>
    <message>
        <source>Live-commerce broadcast studio</source>
        <translation>直播带货推流工作室</translation>
    </message>
    <message>
        <source>shopcast: no display. ShopCast Studio needs an X11 desktop (or run it under xvfb-run).</source>
        <translation>shopcast：没有显示器。ShopCast Studio 需要 X11 桌面（或在 xvfb-run 下运行）。</translation>
    </message>
    <message>
        <source>ShopCast Studio needs an X11 session (or XWayland with QT_QPA_PLATFORM=xcb).</source>
        <translation>ShopCast Studio 需要 X11 会话（或设置 QT_QPA_PLATFORM=xcb 使用 XWayland）。</translation>
    </message>
    <message>
        <source>shopcast: --resume and --no-resume exclude each other.</source>
        <translation>shopcast：--resume 与 --no-resume 不能同时使用。</translation>
    </message>
    <message>
        <source>shopcast: could not start again on the profile %1</source>
        <translation>shopcast：无法用配置 %1 重新启动</translation>
    </message>
</context>
<context>
    <name>shopcast::actions::ActionRegistry</name>
    <message>
        <source>there is no action &quot;%1&quot;</source>
        <translation>没有“%1”这个操作</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no parameter &quot;%2&quot;</source>
        <translation>“%1”没有参数“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the parameter &quot;%2&quot;</source>
        <translation>“%1”需要参数“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2 rights; this caller has %3</source>
        <translation>“%1”需要 %2 权限；当前调用方只有 %3 权限</translation>
    </message>
</context>
<context>
    <name>shopcast::app::AddSourceDialog</name>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文字：</translation>
    </message>
</context>
<context>
    <name>shopcast::app::AudioMeterWidget</name>
    <message>
        <source>Level: RMS solid, peak lighter, the held peak as a tick. A red light at the end: it clipped; click to clear.</source>
        <translation>电平：实心为平均电平，浅色为峰值，短线为保持的峰值。末端红灯亮表示削波，点击清除。</translation>
    </message>
</context>
<context>
    <name>shopcast::app::AudioMixerDock</name>
    <message>
        <source>Audio mixer</source>
        <translation>混音器</translation>
    </message>
    <message>
        <source>Program audio level</source>
        <translation>节目音频电平</translation>
    </message>
    <message>
        <source>No source on air makes sound. Add a microphone: Sources → + → Audio input capture.</source>
        <translation>直播中的场景没有发声的源。添加麦克风：源 → + → 音频输入采集。</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>节目</translation>
    </message>
    <message>
        <source>Vertical layout</source>
        <translation>竖向布局</translation>
    </message>
    <message>
        <source>Desktop audio (every scene)</source>
        <translation>桌面音频（所有场景）</translation>
    </message>
    <message>
        <source>Microphone (every scene)</source>
        <translation>麦克风（所有场景）</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>(no device found)</source>
        <translation>（未找到设备）</translation>
    </message>
</context>
<context>
    <name>shopcast::app::AudioStripWidget</name>
    <message>
        <source>Volume of %1</source>
        <translation>%1 的音量</translation>
    </message>
    <message>
        <source>Monitoring, tracks, sync offset, balance, filters</source>
        <translation>监听、音轨、同步偏移、声道平衡、滤镜</translation>
    </message>
    <message>
        <source>Muted: click to unmute %1</source>
        <translation>已静音：点击取消 %1 的静音</translation>
    </message>
    <message>
        <source>Mute %1</source>
        <translation>静音 %1</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1（已静音）</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Monitor only (not in the stream)</source>
        <translation>仅监听（不进直播）</translation>
    </message>
    <message>
        <source>Monitor and output</source>
        <translation>监听并输出</translation>
    </message>
    <message>
        <source>Recording tracks</source>
        <translation>录制音轨</translation>
    </message>
    <message>
        <source>Track 1 (the stream and the program mix)</source>
        <translation>音轨 1（直播与节目混音）</translation>
    </message>
    <message>
        <source>Track 2 (e.g. the microphone alone)</source>
        <translation>音轨 2（如单独的麦克风）</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>音轨 %1</translation>
    </message>
    <message>
        <source>Sync offset… (%1 ms)</source>
        <translation>同步偏移…（%1 毫秒）</translation>
    </message>
    <message>
        <source>Balance… (%1)</source>
        <translation>声道平衡…（%1）</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>居中</translation>
    </message>
    <message>
        <source>Filters…</source>
        <translation>滤镜…</translation>
    </message>
    <message>
        <source>Sync offset of %1</source>
        <translation>%1 的同步偏移</translation>
    </message>
    <message>
        <source>Delay the sound by (ms; negative plays it earlier), to meet a camera&apos;s lag:</source>
        <translation>声音延后（毫秒；负数为提前），用来对齐摄像头的延迟：</translation>
    </message>
    <message>
        <source>Balance of %1</source>
        <translation>%1 的声道平衡</translation>
    </message>
    <message>
        <source>0 is left only, 0.5 the centre, 1 right only:</source>
        <translation>0 为仅左声道，0.5 居中，1 为仅右声道：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Push-to-talk key… (%1)</source>
        <translation>按住说话键…（%1）</translation>
    </message>
    <message>
        <source>Push-to-mute key… (%1)</source>
        <translation>按住静音键…（%1）</translation>
    </message>
    <message>
        <source>Push-to-talk key of %1</source>
        <translation>%1 的按住说话键</translation>
    </message>
    <message>
        <source>Push-to-mute key of %1</source>
        <translation>%1 的按住静音键</translation>
    </message>
    <message>
        <source>%1 is heard only while this key is held (the studio window must have the focus).</source>
        <translation>只有按住这个键时才能听到 %1（工作室窗口须处于焦点）。</translation>
    </message>
    <message>
        <source>%1 is muted while this key is held (the studio window must have the focus).</source>
        <translation>按住这个键时 %1 静音（工作室窗口须处于焦点）。</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>不设按键</translation>
    </message>
</context>
<context>
    <name>shopcast::app::CentralView</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>过渡</translation>
    </message>
    <message>
        <source>Send the preview on air through the scene transition (Ctrl+T)</source>
        <translation>通过场景转场把预览切到直播画面（Ctrl+T）</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>节目（直播中）</translation>
    </message>
    <message>
        <source>Second canvas %1</source>
        <translation>第二画布 %1</translation>
    </message>
</context>
<context>
    <name>shopcast::app::ChatDock</name>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Filter by text or user…</source>
        <translation>按文字或用户筛选…</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>评论源…</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <source>Also show, greyed, the comments moderation refused or held</source>
        <translation>同时以灰色显示被场控拦截或暂扣的评论</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) ↓</source>
        <translation>
            <numerusform>%n 条新评论 ↓</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Show %1&apos;s comments</source>
        <translation>显示 %1 的评论</translation>
    </message>
    <message>
        <source>Pin on stream</source>
        <translation>置顶到画面</translation>
    </message>
    <message>
        <source>Time out %1 for 5 minutes</source>
        <translation>禁言 %1 5 分钟</translation>
    </message>
    <message>
        <source>Time out %1 for 30 minutes</source>
        <translation>禁言 %1 30 分钟</translation>
    </message>
    <message>
        <source>Ban %1</source>
        <translation>封禁 %1</translation>
    </message>
    <message>
        <source>Unban %1</source>
        <translation>解封 %1</translation>
    </message>
    <message>
        <source>(in the studio only: %1 does not accept moderation from ShopCast)</source>
        <translation>（仅在工作室内：%1 不接受来自 ShopCast 的场控操作）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) in the recent chat</source>
        <translation>
            <numerusform>近期评论中有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear pinned comment</source>
        <translation>取消置顶评论</translation>
    </message>
</context>
<context>
    <name>shopcast::app::CollectionMenu</name>
    <message>
        <source>Scene &amp;Collection</source>
        <translation>场景集合(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>复制(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>删除(&amp;M)…</translation>
    </message>
    <message>
        <source>Import an &amp;OBS scene collection…</source>
        <translation>导入 OBS 场景集合(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Scene collection: %1</source>
        <translation>场景集合：%1</translation>
    </message>
    <message>
        <source>Duplicate the scene collection</source>
        <translation>复制场景集合</translation>
    </message>
    <message>
        <source>New scene collection</source>
        <translation>新建场景集合</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Rename the scene collection</source>
        <translation>重命名场景集合</translation>
    </message>
    <message>
        <source>The scene collection in use cannot be removed, and there is no other.</source>
        <translation>正在使用的场景集合不能删除，且没有其他场景集合。</translation>
    </message>
    <message>
        <source>Remove a scene collection</source>
        <translation>删除场景集合</translation>
    </message>
    <message>
        <source>Remove (its scenes are deleted):</source>
        <translation>删除（其中的场景会被删除）：</translation>
    </message>
    <message>
        <source>Scene collection %1 removed</source>
        <translation>已删除场景集合 %1</translation>
    </message>
    <message>
        <source>The OBS scenes are the scene collection %1</source>
        <translation>OBS 场景已导入为场景集合 %1</translation>
    </message>
    <message>
        <source>The OBS scenes were not used: %1</source>
        <translation>未使用 OBS 场景：%1</translation>
    </message>
    <message>
        <source>Import a scene collection</source>
        <translation>导入场景集合</translation>
    </message>
    <message>
        <source>Scene collection (*.json)</source>
        <translation>场景集合 (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>too big</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>%1 is not a scene collection of this studio (%2); an OBS one is imported with Import an OBS scene collection.</source>
        <translation>%1 不是本直播间的场景集合（%2）；OBS 的场景集合请用“导入 OBS 场景集合”。</translation>
    </message>
    <message>
        <source>Export the scene collection</source>
        <translation>导出场景集合</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>shopcast::app::CommentSourcesDialog</name>
    <message>
        <source>Comment sources</source>
        <translation>评论源</translation>
    </message>
    <message>
        <source>Running:</source>
        <translation>运行中：</translation>
    </message>
    <message>
        <source>Add a source:</source>
        <translation>添加评论源：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Disconnect and forget</source>
        <translation>断开并忘记</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The source runs now; its token is not kept and is asked for again next time.</source>
        <translation>评论源现在已运行；它的令牌不会保存，下次会再次询问。</translation>
    </message>
    <message>
        <source>Bilibili and Twitch have their own plugins. Douyin, Kuaishou, Taobao Live and WeChat Channels do not let other programs read their comments: whatever reads them for you (the platform&apos;s push to an authorised app, or your own tool) posts each one to the Local bridge. A worked example that does it: %1</source>
        <translation>哔哩哔哩和 Twitch 有自带的评论插件。抖音、快手、淘宝直播和视频号不允许其他程序读取直播间评论：由能读到评论的工具（平台给授权应用的推送，或你自己的程序）把每条评论交给“本地桥接”。完整示例见：%1</translation>
    </message>
</context>
<context>
    <name>shopcast::app::ControlsDock</name>
    <message>
        <source>Controls</source>
        <translation>控制</translation>
    </message>
    <message>
        <source>Destinations…</source>
        <translation>推流地址…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Start the show</source>
        <translation>开始直播</translation>
    </message>
    <message>
        <source>End the show</source>
        <translation>结束直播</translation>
    </message>
    <message>
        <source>End the show now? Its timeline closes; a new show starts next time.</source>
        <translation>现在结束这场直播？它的时间线将关闭；下次会开始新的一场。</translation>
    </message>
    <message>
        <source>End show</source>
        <translation>结束直播</translation>
    </message>
    <message>
        <source>Start show</source>
        <translation>开始直播</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>进行中：%1</translation>
    </message>
    <message>
        <source>No show running: products and the timer can be rehearsed.</source>
        <translation>没有直播在进行：可以彩排商品和计时器。</translation>
    </message>
    <message>
        <source>Stop Streaming</source>
        <translation>停止推流</translation>
    </message>
    <message>
        <source>Start Streaming</source>
        <translation>开始推流</translation>
    </message>
    <message>
        <source>Stop Recording</source>
        <translation>停止录制</translation>
    </message>
    <message>
        <source>Start Recording</source>
        <translation>开始录制</translation>
    </message>
    <message>
        <source>Studio mode</source>
        <translation>工作室模式</translation>
    </message>
    <message>
        <source>Prepare the next scene in a preview beside the program, then send it on air with Transition</source>
        <translation>在直播画面旁的预览里准备下一个场景，再点“过渡”切上直播</translation>
    </message>
    <message>
        <source>Save replay</source>
        <translation>保存回放</translation>
    </message>
    <message>
        <source>Write the last seconds of the program to the recordings folder, marked as a highlight on the show&apos;s timeline</source>
        <translation>把节目画面最近几秒写入录像文件夹，并在直播时间线上标为高光</translation>
    </message>
    <message>
        <source>Stop replay buffer</source>
        <translation>停止回放缓存</translation>
    </message>
    <message>
        <source>Start replay buffer</source>
        <translation>开启回放缓存</translation>
    </message>
    <message>
        <source>Stop keeping the last seconds of the program</source>
        <translation>不再保留节目画面最近几秒</translation>
    </message>
    <message>
        <source>Keep the last seconds of the program, to save a highlight</source>
        <translation>保留节目画面最近几秒，随时保存高光</translation>
    </message>
    <message>
        <source>Stop virtual camera</source>
        <translation>停止虚拟摄像头</translation>
    </message>
    <message>
        <source>Start virtual camera</source>
        <translation>开启虚拟摄像头</translation>
    </message>
    <message>
        <source>The program as a camera that other apps (a platform&apos;s own live tool) can open</source>
        <translation>把节目画面作为摄像头，供其他应用（如平台自己的直播工具）使用</translation>
    </message>
    <message>
        <source>No virtual camera: %1</source>
        <translation>无法使用虚拟摄像头：%1</translation>
    </message>
</context>
<context>
    <name>shopcast::app::DestinationsDialog</name>
    <message>
        <source>Destinations</source>
        <translation>推流地址</translation>
    </message>
    <message>
        <source>Every enabled destination receives the same encoded stream. Paste the server URL and the stream key your platform shows, or a full rtmp(s):// URL with the key at the end.</source>
        <translation>每个启用的推流地址都接收同一路编码流。粘贴平台给出的服务器地址和推流码，或者末尾带推流码的完整 rtmp(s):// 地址。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>推流码</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Show keys</source>
        <translation>显示推流码</translation>
    </message>
    <message>
        <source>Platform %1</source>
        <translation>平台 %1</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>The key for %1 could not be stored: %2</source>
        <translation>无法保存 %1 的推流码：%2</translation>
    </message>
    <message>
        <source>Reading the saved keys…</source>
        <translation>正在读取已保存的推流码…</translation>
    </message>
    <message>
        <source>Some saved keys could not be read: %1</source>
        <translation>部分已保存的推流码无法读取：%1</translation>
    </message>
    <message>
        <source>Saving the keys…</source>
        <translation>正在保存推流码…</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>节目画面</translation>
    </message>
    <message>
        <source>Second canvas (%1)</source>
        <translation>第二画布（%1）</translation>
    </message>
    <message>
        <source>Second canvas (off)</source>
        <translation>第二画布（未开启）</translation>
    </message>
    <message>
        <source>Custom (paste a server)</source>
        <translation>自定义（粘贴服务器地址）</translation>
    </message>
    <message>
        <source>More platforms</source>
        <translation>更多平台</translation>
    </message>
    <message>
        <source>Paste the push address (推流地址) from %1&apos;s live console here and the push code (推流码) under Stream key, or the whole address here: it is split.</source>
        <translation>在这里粘贴 %1 直播后台的推流地址，把推流码填到“推流码”栏；也可以把完整地址都粘贴到这里，会自动拆分。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Beyond what the platforms recommend (change it in Settings → Output):
%1</source>
        <translation>超出平台建议（可在 设置 → 输出 中修改）：
%1</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>平台：%1</translation>
    </message>
</context>
<context>
    <name>shopcast::app::DestinationsDock</name>
    <message>
        <source>Destinations (live)</source>
        <translation>推流状态</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>立即重连</translation>
    </message>
    <message>
        <source>Skip the wait: try the selected destination again now (or start it after a stop)</source>
        <translation>不再等待：立即重试所选推流地址（停止后则重新开始）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Select a destination.</source>
        <translation>请选择一个推流地址。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>shopcast::app::EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
</context>
<context>
    <name>shopcast::app::EncoderForm</name>
    <message>
        <source>CBR: constant bitrate (live platforms ask for it)</source>
        <translation>CBR：恒定码率（直播平台要求）</translation>
    </message>
    <message>
        <source>VBR: variable, capped at the bitrate</source>
        <translation>VBR：可变码率，不超过设定码率</translation>
    </message>
    <message>
        <source>CQP: constant quality (for files)</source>
        <translation>CQP：恒定质量（用于录像文件）</translation>
    </message>
    <message>
        <source> kbps</source>
        <translation> kbps</translation>
    </message>
    <message>
        <source>Lower is better and bigger: 18 is near-lossless to the eye, 23 a good file, 28 small</source>
        <translation>越低画质越好、文件越大：18 肉眼近乎无损，23 是不错的文件，28 较小</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Platforms ask for 2 s; longer saves bits but a viewer who joins waits for the next one</source>
        <translation>平台要求 2 秒；更长能省码率，但新进的观众要等下一个关键帧</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%1 kbps</translation>
    </message>
    <message>
        <source>The canvas size</source>
        <translation>画布尺寸</translation>
    </message>
    <message>
        <source>Encoder:</source>
        <translation>编码器：</translation>
    </message>
    <message>
        <source>Rate control:</source>
        <translation>码率控制：</translation>
    </message>
    <message>
        <source>Bitrate:</source>
        <translation>码率：</translation>
    </message>
    <message>
        <source>Quality (CQP):</source>
        <translation>质量（CQP）：</translation>
    </message>
    <message>
        <source>Keyframe every:</source>
        <translation>关键帧间隔：</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <source>Tuning:</source>
        <translation>调优：</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>配置（Profile）：</translation>
    </message>
    <message>
        <source>B-frames:</source>
        <translation>B 帧：</translation>
    </message>
    <message>
        <source>Audio bitrate (AAC):</source>
        <translation>音频码率（AAC）：</translation>
    </message>
    <message>
        <source>Output size:</source>
        <translation>输出尺寸：</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not on this PC: x264 is used when live)</source>
        <translation>%1（本机没有：直播时改用 x264）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>shopcast::app::FiltersDialog</name>
    <message>
        <source>Filters of %1</source>
        <translation>%1 的滤镜</translation>
    </message>
    <message>
        <source>Add filter</source>
        <translation>添加滤镜</translation>
    </message>
    <message>
        <source>Not available: no loaded libobs module provides %1</source>
        <translation>不可用：已加载的 libobs 模块都不提供 %1</translation>
    </message>
    <message>
        <source>Remove filter</source>
        <translation>移除滤镜</translation>
    </message>
    <message>
        <source>Move up (applied earlier)</source>
        <translation>上移（更早应用）</translation>
    </message>
    <message>
        <source>Move down (applied later)</source>
        <translation>下移（更晚应用）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the filter, to paste on another source</source>
        <translation>复制滤镜，以粘贴到其他源上</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Paste copied filters onto this source</source>
        <translation>把复制的滤镜粘贴到此源上</translation>
    </message>
    <message>
        <source>Nothing to paste: copy a filter first</source>
        <translation>没有可粘贴的内容：请先复制一个滤镜</translation>
    </message>
    <message>
        <source>The copied filters are over %1 MiB; not pasted</source>
        <translation>复制的滤镜超过 %1 MiB，未粘贴</translation>
    </message>
    <message>
        <source>The clipboard does not hold filters: %1</source>
        <translation>剪贴板中不是滤镜：%1</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>Host voice chain (主播人声): suppression, gate, compressor, limiter</source>
        <translation>主播人声：降噪、噪声门、压缩、限幅</translation>
    </message>
    <message>
        <source>%1 makes no sound</source>
        <translation>%1 没有声音</translation>
    </message>
    <message>
        <source>%1 has no picture</source>
        <translation>%1 没有画面</translation>
    </message>
</context>
<context>
    <name>shopcast::app::FirstRunWizard</name>
    <message>
        <source>Welcome to ShopCast Studio</source>
        <translation>欢迎使用 ShopCast Studio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of the studio. You can change it later in Settings.</source>
        <translation>工作室的界面语言。以后可以在“设置”中更改。</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>Portrait fits viewers on phones (Douyin, Kuaishou, Taobao Live); landscape fits computers.</source>
        <translation>竖屏适合手机观众（抖音、快手、淘宝直播）；横屏适合电脑观众。</translation>
    </message>
    <message>
        <source>Portrait (phone viewers)</source>
        <translation>竖屏（手机观众）</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横屏</translation>
    </message>
    <message>
        <source>Where to stream</source>
        <translation>推流到哪里</translation>
    </message>
    <message>
        <source>The server address and stream key your platform&apos;s live console shows (or a full rtmp:// address). Leave it empty to skip: you can add destinations later.</source>
        <translation>填写平台直播后台给出的服务器地址和推流码（或完整的 rtmp:// 地址）。留空即跳过：以后可以再添加推流地址。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>Stream key:</source>
        <translation>推流码：</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Camera and microphone</source>
        <translation>摄像头和麦克风</translation>
    </message>
    <message>
        <source>The devices this computer has. The first scene shows the camera behind the product card.</source>
        <translation>这台电脑上的设备。第一个场景会把摄像头画面放在商品卡后面。</translation>
    </message>
    <message>
        <source>No camera or microphone was found; the first scene shows the demo video. Add them later in Sources.</source>
        <translation>没有找到摄像头或麦克风；第一个场景显示演示视频。以后可以在“源”中添加。</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>摄像头：</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>麦克风：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Beauty (美颜) on the camera: smoother skin, edges kept</source>
        <translation>给摄像头开启美颜：皮肤更细腻，轮廓保持清晰</translation>
    </message>
    <message>
        <source>主播人声 on the microphone: noise suppression, gate, compressor, limiter</source>
        <translation>给麦克风加上主播人声：降噪、噪声门、压缩、限幅</translation>
    </message>
    <message>
        <source>The microphone could not be opened: %1</source>
        <translation>无法打开麦克风：%1</translation>
    </message>
    <message>
        <source>✓ The microphone is heard.</source>
        <translation>✓ 听到麦克风的声音了。</translation>
    </message>
    <message>
        <source>Nothing heard yet: is the microphone plugged in, switched on and not muted? Try another one above.</source>
        <translation>还没有听到声音：麦克风插好了吗？打开了吗？没有静音吧？也可以在上面换一个麦克风试试。</translation>
    </message>
    <message>
        <source>Speak now: the bar should move with your voice.</source>
        <translation>请说话：音量条应随您的声音跳动。</translation>
    </message>
</context>
<context>
    <name>shopcast::app::HostNotesDock</name>
    <message>
        <source>Host notes</source>
        <translation>主播提词</translation>
    </message>
    <message>
        <source>No product on air</source>
        <translation>没有商品在播</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Pick a product in the lineup and press &lt;b&gt;Explain now&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;在排品中选一个商品，然后点&lt;b&gt;立即讲解&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Live price ¥%1</source>
        <translation>直播价 ¥%1</translation>
    </message>
    <message>
        <source>  (was ¥%1)</source>
        <translation>  （原价 ¥%1）</translation>
    </message>
    <message>
        <source>⚡ Flash sale ¥%1 — %2:%3 left</source>
        <translation>⚡ 秒杀 ¥%1 — 剩余 %2:%3</translation>
    </message>
    <message>
        <source>SOLD OUT — move on to the next product</source>
        <translation>已售罄 — 请讲下一个商品</translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation> · 剩 %1 件</translation>
    </message>
    <message>
        <source>Selling points</source>
        <translation>卖点</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>讲解要点</translation>
    </message>
</context>
<context>
    <name>shopcast::app::HotkeyMap</name>
    <message>
        <source>there is no action &quot;%1&quot;</source>
        <translation>没有“%1”这个操作</translation>
    </message>
    <message>
        <source>%1 already does &quot;%2&quot;</source>
        <translation>%1 已用于“%2”</translation>
    </message>
    <message>
        <source>%1 is already the key of &quot;%2&quot;</source>
        <translation>%1 已是“%2”的按键</translation>
    </message>
</context>
<context>
    <name>shopcast::app::ItemGeometryDialog</name>
    <message>
        <source>Position and size of %1</source>
        <translation>%1 的位置和大小</translation>
    </message>
    <message>
        <source>Canvas %1. The source is scaled to fit inside the box, keeping its proportions.</source>
        <translation>画布 %1。源会缩放到框内，保持比例。</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Natural size (no box)</source>
        <translation>原始大小（不限框）</translation>
    </message>
    <message>
        <source>Left (x):</source>
        <translation>左（x）：</translation>
    </message>
    <message>
        <source>Top (y):</source>
        <translation>上（y）：</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>宽：</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>高：</translation>
    </message>
</context>
<context>
    <name>shopcast::app::LineupDock</name>
    <message>
        <source>Lineup</source>
        <translation>排品</translation>
    </message>
    <message>
        <source>Add a product: search SKU, name or tag…</source>
        <translation>添加商品：搜索 SKU、名称或标签…</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一个</translation>
    </message>
    <message>
        <source>Explain now 讲解</source>
        <translation>立即讲解</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>售罄</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Flash sale:</source>
        <translation>秒杀：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>sale price (optional)</source>
        <translation>秒杀价（可选）</translation>
    </message>
    <message>
        <source>Start flash sale</source>
        <translation>开始秒杀</translation>
    </message>
    <message>
        <source>Card template</source>
        <translation>商品卡模板</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>商品卡：</translation>
    </message>
    <message>
        <source>  (in lineup)</source>
        <translation>  （已在排品中）</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>补货上架</translation>
    </message>
    <message>
        <source>Stop flash sale</source>
        <translation>停止秒杀</translation>
    </message>
</context>
<context>
    <name>shopcast::app::LotteryDock</name>
    <message>
        <source>Lottery</source>
        <translation>抽奖</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>开奖</translation>
    </message>
    <message>
        <source>Redraw selected</source>
        <translation>重抽所选</translation>
    </message>
    <message>
        <source>The selected winner did not claim the prize: the next in the same draw order wins (logged)</source>
        <translation>所选中奖者未领奖：按同一开奖顺序由下一位中奖（有记录）</translation>
    </message>
    <message>
        <source>Export winners…</source>
        <translation>导出中奖名单…</translation>
    </message>
    <message>
        <source>Save audit…</source>
        <translation>保存审计记录…</translation>
    </message>
    <message>
        <source>Export winners</source>
        <translation>导出中奖名单</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save audit</source>
        <translation>保存审计记录</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Close entries</source>
        <translation>截止参与</translation>
    </message>
    <message>
        <source>Open entries</source>
        <translation>开始参与</translation>
    </message>
    <message>
        <source>No lottery running.</source>
        <translation>没有进行中的抽奖。</translation>
    </message>
    <message numerus="yes">
        <source>Open: %n entrant(s), %1 s left.
Commitment (SHA-256 of the seed): %2</source>
        <translation>
            <numerusform>进行中：%n 人参与，剩余 %1 秒。
承诺值（种子的 SHA-256）：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed with %n entrant(s): draw now.</source>
        <translation>
            <numerusform>已截止，共 %n 人参与：现在开奖。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawing from %n entrant(s)…</source>
        <translation>
            <numerusform>正在从 %n 人中开奖…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawn from %n entrant(s). Seed: %1</source>
        <translation>
            <numerusform>已从 %n 人中开奖。种子：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcast::app::LotteryPresetForm</name>
    <message>
        <source>optional: a picture of the prize</source>
        <translation>可选：奖品图片</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Prize picture</source>
        <translation>奖品图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>no</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Staff (broadcaster, moderators) cannot win</source>
        <translation>工作人员（主播、房管）不能中奖</translation>
    </message>
    <message>
        <source>Prize:</source>
        <translation>奖品：</translation>
    </message>
    <message>
        <source>Prize picture:</source>
        <translation>奖品图片：</translation>
    </message>
    <message>
        <source>Keyword to enter (口令):</source>
        <translation>参与口令：</translation>
    </message>
    <message>
        <source>Winners:</source>
        <translation>中奖人数：</translation>
    </message>
    <message>
        <source>Entries open for:</source>
        <translation>参与时长：</translation>
    </message>
    <message>
        <source>Skip winners of the last … days:</source>
        <translation>排除最近几天的中奖者：</translation>
    </message>
    <message>
        <source>Comments needed this show:</source>
        <translation>本场需要的评论数：</translation>
    </message>
</context>
<context>
    <name>shopcast::app::MainWindow</name>
    <message>
        <source>ShopCast Studio</source>
        <translation>ShopCast Studio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Destinations…</source>
        <translation>推流地址(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Moderation…</source>
        <translation>场控(&amp;M)…</translation>
    </message>
    <message>
        <source>Show &amp;library (review 复盘)…</source>
        <translation>直播库（复盘）(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import products…</source>
        <translation>导入商品(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export products…</source>
        <translation>导出商品(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Docks</source>
        <translation>面板(&amp;D)</translation>
    </message>
    <message>
        <source>Recovering %1: %2%</source>
        <translation>正在恢复 %1：%2%</translation>
    </message>
    <message>
        <source>Recovered the recording of the interrupted show: %1</source>
        <translation>已恢复中断直播的录像：%1</translation>
    </message>
    <message>
        <source>A recording of the interrupted show could not be recovered: %1</source>
        <translation>中断直播的一段录像无法恢复：%1</translation>
    </message>
    <message>
        <source>Still live</source>
        <translation>仍在直播</translation>
    </message>
    <message>
        <source>Streaming or recording is running. Stop it and quit?</source>
        <translation>推流或录制仍在进行。停止并退出？</translation>
    </message>
    <message>
        <source>● LIVE %1/%2</source>
        <translation>● 直播中 %1/%2</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>未推流</translation>
    </message>
    <message>
        <source>%1 kbps · dropped %2 · lagged %3 · CPU %4%</source>
        <translation>%1 kbps · 丢帧 %2 · 延迟帧 %3 · CPU %4%</translation>
    </message>
    <message>
        <source>REC %1</source>
        <translation>录制 %1</translation>
    </message>
    <message>
        <source>Settings not saved: %1</source>
        <translation>设置未保存：%1</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>导入商品</translation>
    </message>
    <message>
        <source>Products (*.csv *.tsv *.txt *.json)</source>
        <translation>商品 (*.csv *.tsv *.txt *.json)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>导出商品</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) exported to %1</source>
        <translation>
            <numerusform>已导出 %n 件商品到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>语言将在下次启动时切换。</translation>
    </message>
    <message>
        <source>Exporting products to %1…</source>
        <translation>正在导出商品到 %1…</translation>
    </message>
    <message>
        <source>%1: not done: %2</source>
        <translation>%1：未执行：%2</translation>
    </message>
    <message>
        <source>ShopCast Studio is closing…</source>
        <translation>ShopCast Studio 正在关闭…</translation>
    </message>
    <message>
        <source>Screenshot of the &amp;program</source>
        <translation>节目画面截图(&amp;P)</translation>
    </message>
    <message>
        <source>🔇 Muted: %1</source>
        <translation>🔇 已静音：%1</translation>
    </message>
    <message>
        <source>stop streaming first</source>
        <translation>请先停止推流</translation>
    </message>
    <message>
        <source>stop the recording first</source>
        <translation>请先停止录制</translation>
    </message>
    <message>
        <source>stop the replay buffer first</source>
        <translation>请先停止回放缓存</translation>
    </message>
    <message>
        <source>The profile stays: %1</source>
        <translation>配置未切换：%1</translation>
    </message>
    <message>
        <source>&amp;Remote control and producer console (场控台)…</source>
        <translation>远程控制与场控台(&amp;R)…</translation>
    </message>
    <message>
        <source>Remote (%1): %2</source>
        <translation>远程（%1）：%2</translation>
    </message>
    <message>
        <source>Remote (%1): %2: not done: %3</source>
        <translation>远程（%1）：%2：未执行：%3</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>远程控制</translation>
    </message>
    <message>
        <source>Import &amp;orders…</source>
        <translation>导入订单(&amp;O)…</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>Order exports (*.csv *.txt)</source>
        <translation>订单导出文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Importing orders from %1…</source>
        <translation>正在从 %1 导入订单…</translation>
    </message>
</context>
<context>
    <name>shopcast::app::ModerationDialog</name>
    <message>
        <source>Moderation</source>
        <translation>场控</translation>
    </message>
    <message>
        <source>A term matches however it is written: spaces, symbols, full-width letters, Traditional characters, look-alike letters and same-sounding characters in between. * stands for up to 8 characters, ? for one; re: starts a regular expression.</source>
        <translation>屏蔽词无论怎么写都能匹配：中间夹空格、符号、全角字母、繁体字、形近字母和同音字都算。* 表示最多 8 个字符，? 表示一个字符；以 re: 开头表示正则表达式。</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>屏蔽词</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Blocked terms</source>
        <translation>屏蔽词</translation>
    </message>
    <message>
        <source>Import terms</source>
        <translation>导入屏蔽词</translation>
    </message>
    <message>
        <source>Term lists (*.txt *.csv)</source>
        <translation>屏蔽词列表 (*.txt *.csv)</translation>
    </message>
    <message>
        <source>Export terms</source>
        <translation>导出屏蔽词</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Links (except the allowed sites)</source>
        <translation>链接（允许的网站除外）</translation>
    </message>
    <message>
        <source>Phone numbers, WeChat and QQ ids</source>
        <translation>电话号码、微信号和 QQ 号</translation>
    </message>
    <message>
        <source>SHOUTING IN CAPITALS</source>
        <translation>全大写刷屏</translation>
    </message>
    <message>
        <source>Mostly symbols</source>
        <translation>几乎全是符号</translation>
    </message>
    <message>
        <source>Too many emoji</source>
        <translation>表情太多</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <source>The same comment again</source>
        <translation>重复发同一条评论</translation>
    </message>
    <message>
        <source>Flooding (many comments quickly)</source>
        <translation>刷屏（短时间内大量评论）</translation>
    </message>
    <message>
        <source>Hold every user&apos;s first comment</source>
        <translation>暂扣每位用户的第一条评论</translation>
    </message>
    <message>
        <source>Allowed sites:</source>
        <translation>允许的网站：</translation>
    </message>
    <message>
        <source>Flooding: more than this many comments in %1 s</source>
        <translation>刷屏：%1 秒内评论超过这么多条</translation>
    </message>
    <message>
        <source>Longest comment (characters)</source>
        <translation>评论最长（字符数）</translation>
    </message>
    <message>
        <source>Most emoji in a comment</source>
        <translation>一条评论最多表情数</translation>
    </message>
    <message>
        <source>Spam rules</source>
        <translation>防刷规则</translation>
    </message>
    <message>
        <source>Full-width, styled and invisible characters (ｖｘ, zero-width spaces)</source>
        <translation>全角、花体和不可见字符（ｖｘ、零宽空格）</translation>
    </message>
    <message>
        <source>Traditional characters (微信號)</source>
        <translation>繁体字（微信號）</translation>
    </message>
    <message>
        <source>Spaces and symbols between characters (加 微-信)</source>
        <translation>字符间的空格和符号（加 微-信）</translation>
    </message>
    <message>
        <source>Repeated characters (加加微微信)</source>
        <translation>重复字符（加加微微信）</translation>
    </message>
    <message>
        <source>Look-alike letters from other alphabets</source>
        <translation>其他字母表中的形近字母</translation>
    </message>
    <message>
        <source>Same-sounding characters (薇信, 威信)</source>
        <translation>同音字（薇信、威信）</translation>
    </message>
    <message>
        <source>Question keywords (one per line; a question mark always counts):</source>
        <translation>提问关键词（每行一个；问号总是算数）：</translation>
    </message>
    <message>
        <source>Matching and questions</source>
        <translation>匹配与提问</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) in use.</source>
        <translation>
            <numerusform>正在使用 %n 条规则。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules in use (compiled in %1 ms).</source>
        <translation>规则已生效（编译用时 %1 毫秒）。</translation>
    </message>
    <message>
        <source>In use, but some rules were left out:
%1</source>
        <translation>已生效，但有些规则被略去：
%1</translation>
    </message>
    <message>
        <source>%1: %2 term(s) added.</source>
        <translation>%1：已添加 %2 个屏蔽词。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Compiling the new rules…</source>
        <translation>正在编译新规则…</translation>
    </message>
</context>
<context>
    <name>shopcast::app::NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
    <message numerus="yes">
        <source>(and %n earlier problem(s): see the status bar and the Destinations panel)</source>
        <translation>
            <numerusform>（另有 %n 个较早的问题：见状态栏和推流状态面板）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcast::app::ObsImportDialog</name>
    <message>
        <source>Import an OBS scene collection</source>
        <translation>导入 OBS 场景集合</translation>
    </message>
    <message>
        <source>No OBS scene collections in %1. Choose a file OBS wrote (Scene Collection → Export in OBS).</source>
        <translation>%1 中没有 OBS 场景集合。请选择 OBS 导出的文件（OBS 中 场景集合 → 导出）。</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <source>Use these scenes</source>
        <translation>使用这些场景</translation>
    </message>
    <message>
        <source>OBS scene collection</source>
        <translation>OBS 场景集合</translation>
    </message>
    <message>
        <source>OBS scene collection (*.json)</source>
        <translation>OBS 场景集合 (*.json)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 无法导入：%2</translation>
    </message>
    <message>
        <source>%1 scenes and %2 sources, all as in OBS.</source>
        <translation>%1 个场景、%2 个来源，与 OBS 中完全一致。</translation>
    </message>
    <message>
        <source>%1 scenes and %2 sources. Read what did not come over exactly before you use them:</source>
        <translation>%1 个场景、%2 个来源。使用前请看看哪些没有完全照搬：</translation>
    </message>
    <message>
        <source>Scene collections of OBS Studio on this computer. The OBS file is only read; its scenes become a scene collection of their own here (the one in use now stays in the Scene Collection menu).</source>
        <translation>本机上 OBS Studio 的场景集合。只读取 OBS 文件；其中的场景会成为这里的一个新场景集合（当前的场景集合仍在“场景集合”菜单中）。</translation>
    </message>
</context>
<context>
    <name>shopcast::app::OrderMappingDialog</name>
    <message>
        <source>Columns of %1</source>
        <translation>%1 的列</translation>
    </message>
    <message>
        <source>This export is not one the studio knows (抖店, 千牛, 快手小店). Say which column holds what; fields marked * are needed.</source>
        <translation>这不是工作室认识的导出格式（抖店、千牛、快手小店）。请指明每一列的内容；标 * 的为必填。</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>（选择一列）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>还缺：%1</translation>
    </message>
</context>
<context>
    <name>shopcast::app::PlanEditorDock</name>
    <message>
        <source>Show plan</source>
        <translation>直播计划</translation>
    </message>
    <message>
        <source>Show title</source>
        <translation>直播标题</translation>
    </message>
    <message>
        <source>322 (3 min · 2 products · 2 min)</source>
        <translation>322（讲解 3 分钟 · 每 2 个商品 · 互动 2 分钟）</translation>
    </message>
    <message>
        <source>332 (3 min · 3 products · 2 min)</source>
        <translation>332（讲解 3 分钟 · 每 3 个商品 · 互动 2 分钟）</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source> s pitch</source>
        <translation> 秒讲解</translation>
    </message>
    <message>
        <source> per block</source>
        <translation> 个商品一组</translation>
    </message>
    <message>
        <source> s interlude</source>
        <translation> 秒互动</translation>
    </message>
    <message>
        <source> min show</source>
        <translation> 分钟直播</translation>
    </message>
    <message>
        <source>no length</source>
        <translation>不限时长</translation>
    </message>
    <message>
        <source>Add slot</source>
        <translation>添加时段</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Lottery / poll…</source>
        <translation>抽奖 / 投票…</translation>
    </message>
    <message>
        <source>What the selected lottery or poll slot opens when the rhythm timer reaches it</source>
        <translation>节奏计时器走到所选抽奖或投票时段时要开启的内容</translation>
    </message>
    <message>
        <source>Generate from lineup</source>
        <translation>按排品生成</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Use for the show</source>
        <translation>用于本场直播</translation>
    </message>
    <message>
        <source>The plan is empty.</source>
        <translation>计划为空。</translation>
    </message>
    <message>
        <source>✔ The plan follows the %1 rule.</source>
        <translation>✔ 计划符合 %1 规则。</translation>
    </message>
    <message>
        <source>The lineup is empty: add products to the lineup first.</source>
        <translation>排品为空：请先把商品加入排品。</translation>
    </message>
    <message>
        <source>Import show plan</source>
        <translation>导入直播计划</translation>
    </message>
    <message>
        <source>Show plans (*.json)</source>
        <translation>直播计划 (*.json)</translation>
    </message>
    <message>
        <source>Export show plan</source>
        <translation>导出直播计划</translation>
    </message>
    <message>
        <source>The show is running on the current plan. Replace it and start over?</source>
        <translation>直播正按当前计划进行。替换它并从头开始？</translation>
    </message>
    <message>
        <source>Select a lottery or poll slot to set what it opens.</source>
        <translation>选择一个抽奖或投票时段，设置它要开启的内容。</translation>
    </message>
</context>
<context>
    <name>shopcast::app::PlanTimeBar</name>
    <message>
        <source>total %1</source>
        <translation>合计 %1</translation>
    </message>
</context>
<context>
    <name>shopcast::app::PollDock</name>
    <message>
        <source>Poll</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Close poll</source>
        <translation>结束投票</translation>
    </message>
    <message>
        <source>Open poll</source>
        <translation>开始投票</translation>
    </message>
    <message>
        <source>No poll yet.</source>
        <translation>还没有投票。</translation>
    </message>
    <message numerus="yes">
        <source>Voting (%n voter(s)):</source>
        <translation>
            <numerusform>投票中（%n 人已投）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Result (%n voter(s)):</source>
        <translation>
            <numerusform>结果（%n 人投票）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcast::app::PollPresetForm</name>
    <message>
        <source>A viewer&apos;s last vote counts (else the first)</source>
        <translation>以观众最后一次投票为准（否则以第一次为准）</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Options, one per line: label = keywords</source>
        <translation>选项，每行一个：标签 = 关键词</translation>
    </message>
    <message>
        <source>Which colour?</source>
        <translation>哪个颜色？</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>蓝</translation>
    </message>
</context>
<context>
    <name>shopcast::app::PreviewWidget</name>
    <message>
        <source>Fit to screen</source>
        <translation>适应屏幕</translation>
    </message>
    <message>
        <source>Stretch to screen</source>
        <translation>拉伸到全屏</translation>
    </message>
    <message>
        <source>Centre on screen</source>
        <translation>屏幕居中</translation>
    </message>
    <message>
        <source>Reset transform</source>
        <translation>重置变换</translation>
    </message>
    <message>
        <source>Flip horizontally</source>
        <translation>水平翻转</translation>
    </message>
    <message>
        <source>Flip vertically</source>
        <translation>垂直翻转</translation>
    </message>
    <message>
        <source>Rotate 90° clockwise</source>
        <translation>顺时针旋转 90°</translation>
    </message>
    <message>
        <source>Rotate 90° anticlockwise</source>
        <translation>逆时针旋转 90°</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移一层</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移一层</translation>
    </message>
    <message>
        <source>Move to top</source>
        <translation>移到最上层</translation>
    </message>
    <message>
        <source>Move to bottom</source>
        <translation>移到最下层</translation>
    </message>
    <message>
        <source>Snap to edges and other sources</source>
        <translation>吸附到边缘和其他来源</translation>
    </message>
    <message>
        <source>Snap distance</source>
        <translation>吸附距离</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 像素</translation>
    </message>
</context>
<context>
    <name>shopcast::app::ProducerNoteBanner</name>
    <message>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Note from the producer</source>
        <translation>场控提示</translation>
    </message>
    <message>
        <source>Note from the producer (%1)</source>
        <translation>场控提示（%1）</translation>
    </message>
</context>
<context>
    <name>shopcast::app::ProfileMenu</name>
    <message>
        <source>&amp;Profile</source>
        <translation>配置(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>复制(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>删除(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Import a profile archive (.zip)…</source>
        <translation>导入配置压缩包 (.zip)(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a profile &amp;folder…</source>
        <translation>导入配置文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Export this profile (.zip)…</source>
        <translation>导出当前配置 (.zip)(&amp;E)…</translation>
    </message>
    <message>
        <source>%1 (a folder given at start)</source>
        <translation>%1（启动时指定的文件夹）</translation>
    </message>
    <message>
        <source>The profile stays %1: %2</source>
        <translation>仍使用配置 %1：%2</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建配置</translation>
    </message>
    <message>
        <source>Name (a new profile starts empty; the first-run setup asks for its camera and microphone):</source>
        <translation>名称（新配置是空的；首次运行向导会询问摄像头和麦克风）：</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Profile %1 made</source>
        <translation>已创建配置 %1</translation>
    </message>
    <message>
        <source>Duplicate the profile</source>
        <translation>复制配置</translation>
    </message>
    <message>
        <source>Name of the copy (settings, destinations, hotkeys, scene collections, catalog and past shows):</source>
        <translation>副本名称（包含设置、推流目标、快捷键、场景集合、商品库和历史场次）：</translation>
    </message>
    <message>
        <source>The profile was not copied: %1</source>
        <translation>配置未复制：%1</translation>
    </message>
    <message>
        <source>Profile %1 made as a copy of %2</source>
        <translation>已创建配置 %1（%2 的副本）</translation>
    </message>
    <message>
        <source>The profile in use cannot be renamed while it is open, and there is no other.</source>
        <translation>正在使用的配置打开时不能重命名，也没有其他配置。</translation>
    </message>
    <message>
        <source>Rename a profile</source>
        <translation>重命名配置</translation>
    </message>
    <message>
        <source>Profile (the one in use is renamed from another):</source>
        <translation>配置（正在使用的配置需从其他配置中重命名）：</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Profile %1 is now %2</source>
        <translation>配置 %1 已改名为 %2</translation>
    </message>
    <message>
        <source>The profile in use cannot be removed, and there is no other.</source>
        <translation>正在使用的配置不能删除，也没有其他配置。</translation>
    </message>
    <message>
        <source>Remove a profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Remove (moved to the trash, with its database):</source>
        <translation>删除（连同数据库移到回收站）：</translation>
    </message>
    <message>
        <source>Profile %1 moved to the trash</source>
        <translation>配置 %1 已移到回收站</translation>
    </message>
    <message>
        <source>Import a profile</source>
        <translation>导入配置</translation>
    </message>
    <message>
        <source>Profile archive (*.zip)</source>
        <translation>配置压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Import a profile folder</source>
        <translation>导入配置文件夹</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Profile %1 imported from %2; switch to it in this menu (stream keys are not in an archive: paste them again in Destinations).</source>
        <translation>已从 %2 导入配置 %1；可在此菜单中切换（压缩包中没有推流码：请在推流目标中重新粘贴）。</translation>
    </message>
    <message>
        <source>Export the profile</source>
        <translation>导出配置</translation>
    </message>
    <message>
        <source>The profile was not exported: %1</source>
        <translation>配置未导出：%1</translation>
    </message>
    <message>
        <source>Profile exported to %1 (without stream keys)</source>
        <translation>配置已导出到 %1（不含推流码）</translation>
    </message>
</context>
<context>
    <name>shopcast::app::PropertiesForm</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
</context>
<context>
    <name>shopcast::app::QuestionsDock</name>
    <message>
        <source>Questions</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>No open question.</source>
        <translation>没有待回答的提问。</translation>
    </message>
    <message numerus="yes">
        <source>%n open question(s)</source>
        <translation>
            <numerusform>%n 个待回答的提问</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions (%1)</source>
        <translation>提问（%1）</translation>
    </message>
</context>
<context>
    <name>shopcast::app::RemoteControlPage</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Lets the producer (场控) run the show from a phone, tablet or second PC, and control surfaces such as Stream Deck, Touch Portal or Bitfocus Companion drive the studio (the obs-websocket 5 protocol).</source>
        <translation>让场控用手机、平板或另一台电脑控场，也让 Stream Deck、Touch Portal、Bitfocus Companion 等控制台操作直播间（obs-websocket 5 协议）。</translation>
    </message>
    <message>
        <source>Allow remote control</source>
        <translation>允许远程控制</translation>
    </message>
    <message>
        <source>Allow other devices on this network (phones, tablets); otherwise this computer only</source>
        <translation>允许同一网络中的其他设备（手机、平板）；否则仅限本机</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Producer password:</source>
        <translation>场控密码：</translation>
    </message>
    <message>
        <source>Viewer password (read only):</source>
        <translation>只读密码（仅查看）：</translation>
    </message>
    <message>
        <source>New passwords</source>
        <translation>重新生成密码</translation>
    </message>
    <message>
        <source>Every console and control surface must log in again.</source>
        <translation>所有场控台和控制台都需要重新登录。</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>QR code logs in as the producer</source>
        <translation>二维码以场控身份登录</translation>
    </message>
    <message>
        <source>QR code logs in read only (for the merchant)</source>
        <translation>二维码以只读身份登录（给商家）</translation>
    </message>
    <message>
        <source>Scan with the phone&apos;s camera, or open the address in a browser and enter a password.</source>
        <translation>用手机相机扫码，或在浏览器中打开地址并输入密码。</translation>
    </message>
    <message>
        <source>The producer&apos;s console:</source>
        <translation>场控台：</translation>
    </message>
    <message>
        <source>Reading the passwords from the keyring…</source>
        <translation>正在从密钥环读取密码…</translation>
    </message>
    <message>
        <source>On: port %1, open to this network.</source>
        <translation>已开启：端口 %1，对本网络开放。</translation>
    </message>
    <message>
        <source>On: port %1, this computer only.</source>
        <translation>已开启：端口 %1，仅限本机。</translation>
    </message>
    <message>
        <source>Off.</source>
        <translation>已关闭。</translation>
    </message>
    <message>
        <source>On for this run (launch flags): port %1.</source>
        <translation>本次运行已开启（启动参数）：端口 %1。</translation>
    </message>
</context>
<context>
    <name>shopcast::app::ReplayWindow</name>
    <message>
        <source>Review 复盘: %1 (%2)</source>
        <translation>复盘：%1（%2）</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>Export clips…</source>
        <translation>导出片段…</translation>
    </message>
    <message>
        <source>Write chapters into the recording</source>
        <translation>把章节写入录像</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>直播间</translation>
    </message>
    <message>
        <source>Planned against actual per slot (minutes)</source>
        <translation>各时段计划与实际（分钟）</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Planned vs actual</source>
        <translation>计划与实际</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Audience (KOC)</source>
        <translation>观众（KOC）</translation>
    </message>
    <message>
        <source>%1 comments · %2 questions · %3 moderation actions · %4 lottery entrants</source>
        <translation>%1 条评论 · %2 个提问 · %3 次场控操作 · %4 人参与抽奖</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>The recording cannot be played: %1</source>
        <translation>无法播放录像：%1</translation>
    </message>
    <message>
        <source>Clip export cancelled; nothing was kept.</source>
        <translation>已取消导出片段，未保留任何文件。</translation>
    </message>
    <message>
        <source>Export clips</source>
        <translation>导出片段</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s) written.</source>
        <translation>
            <numerusform>已写入 %n 个片段。</numerusform>
        </translation>
    </message>
    <message>
        <source>No recording of this show is on disk: the figures are all there is to review.</source>
        <translation>磁盘上没有这场直播的录像：只能复盘数据。</translation>
    </message>
    <message>
        <source>Per minute of the show</source>
        <translation>按直播分钟</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Moderation actions</source>
        <translation>场控操作</translation>
    </message>
    <message>
        <source>Lottery entrants</source>
        <translation>抽奖参与者</translation>
    </message>
    <message>
        <source>Playhead</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <source>This show</source>
        <translation>本场</translation>
    </message>
    <message>
        <source>Across all shows</source>
        <translation>所有场次</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Most engaged viewers:</source>
        <translation>最活跃的观众：</translation>
    </message>
    <message>
        <source>Export viewers</source>
        <translation>导出观众</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>That chapter was not recorded in this file.</source>
        <translation>这个章节没有录进这个文件。</translation>
    </message>
    <message>
        <source>%1 of the show · %2 in the file</source>
        <translation>直播第 %1 · 文件中第 %2</translation>
    </message>
    <message>
        <source>Export clips to</source>
        <translation>片段导出到</translation>
    </message>
    <message>
        <source>No product pitch of this show was recorded.</source>
        <translation>这场直播没有录到任何商品讲解。</translation>
    </message>
    <message numerus="yes">
        <source>Cutting %n clip(s)…</source>
        <translation>
            <numerusform>正在切出 %n 个片段…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Write chapters</source>
        <translation>写入章节</translation>
    </message>
    <message>
        <source>Chapters written into %1</source>
        <translation>章节已写入 %1</translation>
    </message>
    <message>
        <source>Write the report to</source>
        <translation>报告写入到</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Ranking the viewers…</source>
        <translation>正在为观众排名…</translation>
    </message>
    <message>
        <source>Writing the report to %1…</source>
        <translation>正在把报告写到 %1…</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>报告没有写成：%1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写到 %1</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Hot-product pack…</source>
        <translation>爆品包…</translation>
    </message>
    <message>
        <source>The top products by GMV, each with its clip, card and copy, in one folder for the second push (二次推广)</source>
        <translation>成交额最高的商品，各带切片、商品卡和文案，放在一个文件夹里，用于二次推广</translation>
    </message>
    <message>
        <source>Hot-product pack</source>
        <translation>爆品包</translation>
    </message>
    <message>
        <source>This show has no sales yet: import its orders first (File → Import orders…).</source>
        <translation>本场还没有成交：请先导入订单（文件 → 导入订单…）。</translation>
    </message>
    <message>
        <source>GMV of the show</source>
        <translation>本场成交额</translation>
    </message>
    <message>
        <source>GMV attributed to its pitches</source>
        <translation>讲解带来的成交额</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>商品数：</translation>
    </message>
    <message>
        <source>Rank by:</source>
        <translation>排序依据：</translation>
    </message>
    <message>
        <source>Write the pack to</source>
        <translation>爆品包写入到</translation>
    </message>
    <message>
        <source>Writing the hot-product pack to %1…</source>
        <translation>正在把爆品包写入 %1…</translation>
    </message>
    <message>
        <source>The pack was not written: %1</source>
        <translation>爆品包未写入：%1</translation>
    </message>
    <message>
        <source>Hot-product pack written to %1</source>
        <translation>爆品包已写入 %1</translation>
    </message>
    <message>
        <source>Orders count for a pitch up to </source>
        <translation>讲解结束后 </translation>
    </message>
    <message>
        <source> min after it</source>
        <translation> 分钟内的订单算作该讲解</translation>
    </message>
    <message>
        <source>Counting orders again…</source>
        <translation>正在重新统计订单…</translation>
    </message>
    <message>
        <source>The review was not read again: %1</source>
        <translation>复盘未能重新读取：%1</translation>
    </message>
    <message>
        <source>GMV ¥%1</source>
        <translation>成交额 ¥%1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>退款 %n 笔</numerusform>
        </translation>
    </message>
    <message>
        <source>views %1 · viewers %2 · peak online %3</source>
        <translation>观看人次 %1 · 观看人数 %2 · 最高在线 %3</translation>
    </message>
    <message>
        <source>GPM ¥%1 · UV value ¥%2</source>
        <translation>GPM ¥%1 · UV价值 ¥%2</translation>
    </message>
</context>
<context>
    <name>shopcast::app::ReviewQueueDock</name>
    <message>
        <source>Review queue</source>
        <translation>待审评论</translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation>通过 (A)</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>拒绝 (R)</translation>
    </message>
    <message>
        <source>Nothing waiting for review.</source>
        <translation>没有待审的评论。</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) waiting for review</source>
        <translation>
            <numerusform>%n 条评论等待审核</numerusform>
        </translation>
    </message>
    <message>
        <source>Review queue (%1)</source>
        <translation>待审评论（%1）</translation>
    </message>
</context>
<context>
    <name>shopcast::app::RhythmDock</name>
    <message>
        <source>Rhythm</source>
        <translation>节奏</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>开始计时</translation>
    </message>
    <message>
        <source>Starts the plan&apos;s first slot (and the show, if it is not running yet)</source>
        <translation>开始计划的第一个时段（直播未开始则同时开始直播）</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 返回</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Advance ▶</source>
        <translation>下一段 ▶</translation>
    </message>
    <message>
        <source>Auto-advance</source>
        <translation>自动切换</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>No show plan: make one in the Plan dock</source>
        <translation>没有直播计划：请在“直播计划”面板中制作</translation>
    </message>
    <message>
        <source>Ready: %1</source>
        <translation>就绪：%1</translation>
    </message>
    <message>
        <source>Show %1, plan %2 (%3)</source>
        <translation>直播 %1，计划 %2（%3）</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>超出 %1</translation>
    </message>
    <message>
        <source>under by %1</source>
        <translation>少于 %1</translation>
    </message>
    <message>
        <source>Slot %1/%2 · %3%4</source>
        <translation>时段 %1/%2 · %3%4</translation>
    </message>
    <message>
        <source>Next: %1%2 (%3)</source>
        <translation>下一段：%1%2（%3）</translation>
    </message>
    <message>
        <source>Next: end of show</source>
        <translation>下一段：直播结束</translation>
    </message>
    <message>
        <source>Show %1 of %2 planned · %3%4</source>
        <translation>直播已进行 %1 / 计划 %2 · %3%4</translation>
    </message>
    <message>
        <source> · &lt;b&gt;PAUSED&lt;/b&gt;</source>
        <translation> · &lt;b&gt;已暂停&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Plan finished: the show goes on until you end it</source>
        <translation>计划已走完：直播继续，直到你结束直播</translation>
    </message>
    <message>
        <source>Interlude due: %1 products in a row — lottery or game now</source>
        <translation>该安排互动了：已连续讲解 %1 个商品，现在抽奖或做游戏</translation>
    </message>
    <message>
        <source>Interlude after this product (%1 in a row)</source>
        <translation>这个商品讲完后安排互动（已连续 %1 个）</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;%1&apos;&gt;behind %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;%1&apos;&gt;落后 %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;%1&apos;&gt;ahead %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;%1&apos;&gt;提前 %2&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>shopcast::app::SalesDock</name>
    <message>
        <source>No scene shows the orders ticker: add it with Add source → Orders ticker.</source>
        <translation>没有场景显示下单播报：请用“添加源 → 下单播报”加入。</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Orders ticker on stream</source>
        <translation>直播画面显示下单播报</translation>
    </message>
    <message>
        <source>“张** just bought …”, at most one every 3 s, names masked</source>
        <translation>“张** 刚刚下单…”，每 3 秒最多一条，名字打码</translation>
    </message>
    <message>
        <source>Only orders from</source>
        <translation>仅播报金额不低于</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Each line stays</source>
        <translation>每条停留</translation>
    </message>
    <message>
        <source>GMV %1</source>
        <translation>成交额 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the last minute</source>
        <translation>
            <numerusform>近1分钟 %n 单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>退款 %n 笔</numerusform>
        </translation>
    </message>
    <message>
        <source>No product on air</source>
        <translation>没有商品在播</translation>
    </message>
    <message>
        <source>This pitch (%1): %2 · %3 · %4</source>
        <translation>本次讲解（%1）：%2 · %3 · %4</translation>
    </message>
    <message>
        <source>Online %1 · views %2 · GPM %3 · UV value %4</source>
        <translation>在线 %1 · 观看人次 %2 · GPM %3 · UV价值 %4</translation>
    </message>
</context>
<context>
    <name>shopcast::app::ScenesDock</name>
    <message>
        <source>Scenes</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Add scene</source>
        <translation>添加场景</translation>
    </message>
    <message>
        <source>Remove scene</source>
        <translation>删除场景</translation>
    </message>
    <message>
        <source>Scene name:</source>
        <translation>场景名称：</translation>
    </message>
    <message>
        <source>How the program changes to the scene clicked</source>
        <translation>节目画面切换到所点场景的方式</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>How long the transition takes</source>
        <translation>转场持续时间</translation>
    </message>
    <message>
        <source>Filters…</source>
        <translation>滤镜…</translation>
    </message>
    <message>
        <source>Filters of the whole scene: a colour grade, a LUT, sharpen</source>
        <translation>整个场景的滤镜：调色、LUT、锐化</translation>
    </message>
    <message>
        <source>Stinger video</source>
        <translation>过场视频</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.webm *.mkv *.flv)</source>
        <translation>视频 (*.mp4 *.mov *.webm *.mkv *.flv)</translation>
    </message>
    <message>
        <source>When the scene changes under the stinger&apos;s video</source>
        <translation>过场视频播放到何时切换场景</translation>
    </message>
    <message>
        <source>Show on the second canvas (%1)</source>
        <translation>在第二画布上显示（%1）</translation>
    </message>
    <message>
        <source>On the second canvas (%1)</source>
        <translation>正在第二画布上（%1）</translation>
    </message>
</context>
<context>
    <name>shopcast::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>portrait, for phone viewers</source>
        <translation>竖屏，适合手机观众</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>横屏</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Recording folder</source>
        <translation>录像文件夹</translation>
    </message>
    <message>
        <source>Canvas:</source>
        <translation>画布：</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>帧率：</translation>
    </message>
    <message>
        <source>Recording folder:</source>
        <translation>录像文件夹：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Language (from the next start):</source>
        <translation>语言（下次启动生效）：</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Hotkeys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Not changed: %1.</source>
        <translation>未更改：%1。</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Streams of another shape at the same time: each destination picks its canvas in Destinations.</source>
        <translation>同时推另一种画幅的流：每个推流地址在“推流地址”中选择画布。</translation>
    </message>
    <message>
        <source>The program</source>
        <translation>节目画面</translation>
    </message>
    <message>
        <source>The second canvas</source>
        <translation>第二画布</translation>
    </message>
    <message>
        <source>Both (two files)</source>
        <translation>两者（两个文件）</translation>
    </message>
    <message>
        <source>Second canvas:</source>
        <translation>第二画布：</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>录制：</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Stop streaming and recording to change the encoders: the outputs use them.</source>
        <translation>停止推流和录制后才能更改编码器：输出正在使用它们。</translation>
    </message>
    <message>
        <source>Streaming (every destination shares this encode)</source>
        <translation>推流（所有推流地址共用这路编码）</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>录像</translation>
    </message>
    <message>
        <source>Same encode as the stream (the least CPU)</source>
        <translation>与推流共用编码（最省 CPU）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not usable on this PC — %1</source>
        <translation>本机不可用 — %1</translation>
    </message>
    <message>
        <source>Audio sample rate:</source>
        <translation>音频采样率：</translation>
    </message>
    <message>
        <source>48 kHz</source>
        <translation>48 kHz</translation>
    </message>
    <message>
        <source>44.1 kHz</source>
        <translation>44.1 kHz</translation>
    </message>
    <message>
        <source>applies at the next start of the studio</source>
        <translation>下次启动 ShopCast 后生效</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How much of the program the replay buffer keeps in memory; saved replays go to the recording folder. Applies when the buffer is next started.</source>
        <translation>回放缓存在内存中保留多长的节目画面；保存的回放放在录像文件夹。下次开启回放缓存时生效。</translation>
    </message>
    <message>
        <source>Replay buffer:</source>
        <translation>回放缓存：</translation>
    </message>
    <message>
        <source>Minimize to the system tray</source>
        <translation>最小化到系统托盘</translation>
    </message>
</context>
<context>
    <name>shopcast::app::ShowLibraryDialog</name>
    <message>
        <source>Show library 复盘</source>
        <translation>直播库（复盘）</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>录像</translation>
    </message>
    <message>
        <source>Open review</source>
        <translation>打开复盘</translation>
    </message>
    <message>
        <source>The shows could not be read: %1</source>
        <translation>无法读取直播场次：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>moved or deleted: %1</source>
        <translation>已移动或删除：%1</translation>
    </message>
    <message>
        <source> (stopped without an end)</source>
        <translation>（未正常结束）</translation>
    </message>
    <message>
        <source>No show yet: a show starts with Start show, going live or recording.</source>
        <translation>还没有直播：点“开始直播”、开始推流或开始录制都会开始一场直播。</translation>
    </message>
    <message>
        <source>Recording not found</source>
        <translation>找不到录像</translation>
    </message>
    <message>
        <source>The recording %1 is not where the show left it. Show where it is now?</source>
        <translation>录像 %1 不在直播结束时的位置。现在指出它在哪里？</translation>
    </message>
    <message>
        <source>Where is %1?</source>
        <translation>%1 在哪里？</translation>
    </message>
    <message>
        <source>Recordings (*.mp4 *.mkv)</source>
        <translation>录像 (*.mp4 *.mkv)</translation>
    </message>
    <message>
        <source>Show %1 cannot be reviewed: %2</source>
        <translation>无法复盘第 %1 场直播：%2</translation>
    </message>
    <message>
        <source>Opening the review of show %1…</source>
        <translation>正在打开第 %1 场直播的复盘…</translation>
    </message>
</context>
<context>
    <name>shopcast::app::SlotPresetDialog</name>
    <message>
        <source>Lottery of this slot</source>
        <translation>本时段的抽奖</translation>
    </message>
    <message>
        <source>Poll of this slot</source>
        <translation>本时段的投票</translation>
    </message>
    <message>
        <source>Use the show&apos;s lottery (the Lottery dock)</source>
        <translation>使用本场直播的抽奖设置（“抽奖”面板）</translation>
    </message>
    <message>
        <source>No poll of its own: the host starts one from the Poll dock</source>
        <translation>没有自己的投票：由主播在“投票”面板中发起</translation>
    </message>
</context>
<context>
    <name>shopcast::app::SourcesDock</name>
    <message>
        <source>Sources</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>添加源</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>删除源</translation>
    </message>
    <message>
        <source>Move up (towards the front)</source>
        <translation>上移（移到前面）</translation>
    </message>
    <message>
        <source>Move down (towards the back)</source>
        <translation>下移（移到后面）</translation>
    </message>
    <message>
        <source>Position…</source>
        <translation>位置…</translation>
    </message>
    <message>
        <source>Position and size in canvas pixels (or double-click the source)</source>
        <translation>以画布像素表示的位置和大小（或双击该源）</translation>
    </message>
    <message>
        <source>Filters…</source>
        <translation>滤镜…</translation>
    </message>
    <message>
        <source>Filters of the source: green screen, colour correction, LUT, crop and more</source>
        <translation>源的滤镜：绿幕抠像、色彩校正、LUT、裁剪等</translation>
    </message>
    <message>
        <source>Select a source first.</source>
        <translation>请先选择一个源。</translation>
    </message>
</context>
<context>
    <name>shopcast::app::StockOutBanner</name>
    <message>
        <source>Mark sold out</source>
        <translation>标记售罄</translation>
    </message>
    <message>
        <source>Keep selling</source>
        <translation>继续卖</translation>
    </message>
    <message>
        <source>%1: live orders used up its stock. Mark it sold out?</source>
        <translation>%1：实时订单已用完库存。标记售罄？</translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>（还有 %n 个待确认）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcast::app::Studio</name>
    <message>
        <source>libobs module %1 is not available; its sources cannot be added.</source>
        <translation>libobs 模块 %1 不可用；无法添加它提供的源。</translation>
    </message>
</context>
<context>
    <name>shopcast::app::StudioTray</name>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>live</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>录制中</translation>
    </message>
    <message>
        <source>replay buffer on</source>
        <translation>回放缓存已开启</translation>
    </message>
    <message>
        <source>Hide the window</source>
        <translation>隐藏窗口</translation>
    </message>
    <message>
        <source>Show the window</source>
        <translation>显示窗口</translation>
    </message>
    <message>
        <source>Stop Streaming</source>
        <translation>停止推流</translation>
    </message>
    <message>
        <source>Start Streaming</source>
        <translation>开始推流</translation>
    </message>
    <message>
        <source>Stop Recording</source>
        <translation>停止录制</translation>
    </message>
    <message>
        <source>Start Recording</source>
        <translation>开始录制</translation>
    </message>
    <message>
        <source>Stop replay buffer</source>
        <translation>停止回放缓存</translation>
    </message>
    <message>
        <source>Start replay buffer</source>
        <translation>开启回放缓存</translation>
    </message>
</context>
<context>
    <name>shopcast::assembly::RemoteControl</name>
    <message>
        <source>The remote control settings (%1) cannot be read; remote control stays off.</source>
        <translation>无法读取远程控制设置（%1）；远程控制保持关闭。</translation>
    </message>
    <message>
        <source>The remote control settings (%1) are damaged (%2); remote control stays off.</source>
        <translation>远程控制设置（%1）已损坏（%2）；远程控制保持关闭。</translation>
    </message>
    <message>
        <source>Remote control passwords: %1</source>
        <translation>远程控制密码：%1</translation>
    </message>
    <message>
        <source>The remote control password is not saved (%1): it will be a new one at the next start.</source>
        <translation>远程控制密码未保存（%1）：下次启动时会换成新密码。</translation>
    </message>
    <message>
        <source>The remote control settings cannot be saved to %1: %2</source>
        <translation>无法保存远程控制设置到 %1：%2</translation>
    </message>
</context>
<context>
    <name>shopcast::assembly::StudioCore</name>
    <message>
        <source>Settings could not be read (%1); defaults are used and the file is left as it is.</source>
        <translation>无法读取设置（%1）；使用默认设置，文件保持原样。</translation>
    </message>
    <message>
        <source>The saved scenes could not be built (%1); the demo show was loaded instead.</source>
        <translation>无法搭建已保存的场景（%1）；已载入演示直播。</translation>
    </message>
    <message>
        <source>The studio database %1 cannot be used (%2). This session keeps its data in a temporary database.</source>
        <translation>无法使用工作室数据库 %1（%2）。本次会话的数据保存在临时数据库中。</translation>
    </message>
    <message>
        <source>Comment plugin: %1</source>
        <translation>评论插件：%1</translation>
    </message>
    <message>
        <source>The show &quot;%1&quot; could not be resumed (%2); it is closed where it stopped.</source>
        <translation>无法继续直播“%1”（%2）；它在中断处结束。</translation>
    </message>
    <message>
        <source>The show &quot;%1&quot; stopped without an end; it is closed at its last recorded moment.</source>
        <translation>直播“%1”未正常结束；已在最后记录的时刻结束它。</translation>
    </message>
    <message>
        <source>The show &quot;%1&quot; stopped without an end while recording; its recording is being recovered.</source>
        <translation>直播“%1”在录制时未正常结束；正在恢复它的录像。</translation>
    </message>
    <message>
        <source>The plan %1 cannot be run: %2</source>
        <translation>无法运行计划 %1：%2</translation>
    </message>
    <message>
        <source>The demo chat could not start: %1</source>
        <translation>演示评论无法启动：%1</translation>
    </message>
    <message>
        <source>Finishing the recording…</source>
        <translation>正在完成录像…</translation>
    </message>
    <message>
        <source>Saving the show…</source>
        <translation>正在保存直播…</translation>
    </message>
    <message>
        <source>The second canvas (%1) could not be made: %2</source>
        <translation>无法创建第二画布（%1）：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>设置：%1</translation>
    </message>
    <message>
        <source>checking this PC…</source>
        <translation>正在检测本机…</translation>
    </message>
    <message>
        <source>--collection %1: %2; %3 is used (the profile has: %4).</source>
        <translation>--collection %1：%2；已使用 %3（此配置中有：%4）。</translation>
    </message>
    <message>
        <source>stop streaming and recording before switching the scene collection</source>
        <translation>请先停止推流和录制，再切换场景集合</translation>
    </message>
    <message>
        <source>there is no scene collection named %1</source>
        <translation>没有名为 %1 的场景集合</translation>
    </message>
    <message>
        <source>the scene collection %1 has no scenes on disk</source>
        <translation>场景集合 %1 在磁盘上没有场景</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
</context>
<context>
    <name>shopcast::audio::AudioActions</name>
    <message>
        <source>Mute or unmute a source</source>
        <translation>静音或取消静音一个源</translation>
    </message>
    <message>
        <source>Set a source&apos;s volume</source>
        <translation>设置源的音量</translation>
    </message>
    <message>
        <source>Set how a source is monitored</source>
        <translation>设置源的监听方式</translation>
    </message>
    <message>
        <source>Put the host voice chain (主播人声) on a microphone</source>
        <translation>给麦克风加上主播人声滤镜链</translation>
    </message>
</context>
<context>
    <name>shopcast::audio::AudioMixer</name>
    <message>
        <source>Audio monitoring is set but cannot be heard: %1. The stream and the recording are not affected.</source>
        <translation>已设置音频监听但听不到：%1。直播和录像不受影响。</translation>
    </message>
    <message>
        <source>push-to-talk of %1</source>
        <translation>%1 的按住说话键</translation>
    </message>
    <message>
        <source>push-to-mute of %1</source>
        <translation>%1 的按住静音键</translation>
    </message>
    <message>
        <source>%1 is already the key of &quot;%2&quot;; choose another, or change that one in Settings → Hotkeys</source>
        <translation>%1 已是“%2”的按键；请换一个，或在“设置 → 快捷键”中修改那一个</translation>
    </message>
    <message>
        <source>Desktop Audio</source>
        <translation>桌面音频</translation>
    </message>
    <message>
        <source>Mic/Aux</source>
        <translation>麦克风/辅助</translation>
    </message>
    <message>
        <source>Desktop Audio (global)</source>
        <translation>桌面音频（全局）</translation>
    </message>
    <message>
        <source>Mic/Aux (global)</source>
        <translation>麦克风/辅助（全局）</translation>
    </message>
</context>
<context>
    <name>shopcast::broadcast::BroadcastActions</name>
    <message>
        <source>Start / stop streaming</source>
        <translation>开始 / 停止推流</translation>
    </message>
    <message>
        <source>Start / stop recording</source>
        <translation>开始 / 停止录制</translation>
    </message>
    <message>
        <source>Screenshot of the program</source>
        <translation>节目画面截图</translation>
    </message>
    <message>
        <source>Start / stop the replay buffer</source>
        <translation>开启 / 停止回放缓存</translation>
    </message>
    <message>
        <source>Save the replay</source>
        <translation>保存回放</translation>
    </message>
    <message>
        <source>Start / stop the virtual camera</source>
        <translation>开启 / 停止虚拟摄像头</translation>
    </message>
</context>
<context>
    <name>shopcast::broadcast::BroadcastController</name>
    <message>
        <source>Recording saved: %1</source>
        <translation>录像已保存：%1</translation>
    </message>
    <message>
        <source>%1: no stream key saved</source>
        <translation>%1：没有保存推流码</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No destination to stream to: open Destinations and add one.</source>
        <translation>没有推流地址：请打开“推流地址”添加一个。</translation>
    </message>
    <message>
        <source>%1: the push address expired at %2 (its %3 says so); the platform will refuse it. Get a new one from the platform&apos;s live console and paste it in Destinations.</source>
        <translation>%1：推流地址已于 %2 过期（依据地址中的 %3），平台会拒绝推流。请到平台的直播中控台获取新的推流地址，粘贴到“推流地址”中。</translation>
    </message>
    <message>
        <source>%1: the push address expires at %2 (its %3 says so), before the show&apos;s planned end at %4. Get a longer one from the platform&apos;s live console, or have the next one ready.</source>
        <translation>%1：推流地址将于 %2 过期（依据地址中的 %3），早于本场计划结束时间 %4。请到平台的直播中控台获取有效期更长的地址，或提前准备好下一个。</translation>
    </message>
    <message>
        <source>Replay saved (%1 s): %2</source>
        <translation>回放已保存（%1 秒）：%2</translation>
    </message>
    <message>
        <source>The virtual camera did not start: %1</source>
        <translation>虚拟摄像头未能开启：%1</translation>
    </message>
    <message>
        <source>The replay buffer did not start: %1</source>
        <translation>回放缓存未能开启：%1</translation>
    </message>
    <message>
        <source>Replay buffer on: the last %1 s can be saved</source>
        <translation>回放缓存已开启：可随时保存最近 %1 秒</translation>
    </message>
    <message>
        <source>No replay saved: %1</source>
        <translation>未保存回放：%1</translation>
    </message>
</context>
<context>
    <name>shopcast::broadcast::DestinationsModel</name>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>live</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>正在重连</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>推流地址</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>kbps</source>
        <translation>kbps</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>丢帧</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>重连次数</translation>
    </message>
</context>
<context>
    <name>shopcast::broadcast::ObsOutputs</name>
    <message>
        <source>already streaming</source>
        <translation>已经在推流</translation>
    </message>
    <message>
        <source>no destination: add one in Destinations</source>
        <translation>没有推流地址：请在“推流地址”中添加</translation>
    </message>
    <message>
        <source>start streaming first</source>
        <translation>请先开始推流</translation>
    </message>
    <message>
        <source>already recording</source>
        <translation>已经在录制</translation>
    </message>
    <message>
        <source>recording stopped before the destinations connected; nothing was recorded</source>
        <translation>推流地址连上之前录制就停止了；什么也没录下</translation>
    </message>
    <message>
        <source>%1: the second canvas is off; turn it on in Settings or send this destination the program</source>
        <translation>%1：第二画布未开启；请在设置中开启，或让这个地址推节目画面</translation>
    </message>
    <message>
        <source>The %1 encoder did not start (%2); the show goes on with x264 (%3, %4 kbps). Check the GPU driver, or pick x264 in Settings → Output.</source>
        <translation>%1 编码器没能启动（%2）；直播改用 x264 继续（%3，%4 kbps）。请检查显卡驱动，或在“设置 → 输出”中选择 x264。</translation>
    </message>
    <message>
        <source>the encoder failed</source>
        <translation>编码器出错</translation>
    </message>
    <message>
        <source>the encoder failed %1 times in this show; check Settings → Output and start again</source>
        <translation>本场直播编码器已出错 %1 次；请检查“设置 → 输出”后重新开始</translation>
    </message>
    <message>
        <source>The %1 encoder failed during the show; the show goes on with x264 (%2, %3 kbps). Check the GPU driver, or pick x264 in Settings → Output.</source>
        <translation>%1 编码器在直播中出错；直播改用 x264 继续（%2，%3 kbps）。请检查显卡驱动，或在“设置 → 输出”中选择 x264。</translation>
    </message>
    <message>
        <source>the recording stopped when its encoder failed: %1</source>
        <translation>录制因编码器出错而停止：%1</translation>
    </message>
    <message>
        <source>The recording goes on in %1; the file before it is kept.</source>
        <translation>录制在 %1 中继续；之前的文件已保留。</translation>
    </message>
    <message>
        <source>the replay buffer is already on</source>
        <translation>回放缓存已经开启</translation>
    </message>
    <message>
        <source>the v4l2loopback kernel module is not installed (sudo apt install v4l2loopback-dkms, then restart the studio)</source>
        <translation>未安装 v4l2loopback 内核模块（请安装 v4l2loopback-dkms 软件包后重启直播间）</translation>
    </message>
    <message>
        <source>libobs could not create the virtual camera</source>
        <translation>libobs 无法创建虚拟摄像头</translation>
    </message>
    <message>
        <source>the virtual camera did not start: %1</source>
        <translation>虚拟摄像头未能开启：%1</translation>
    </message>
    <message>
        <source>no v4l2loopback device could be opened (sudo modprobe v4l2loopback exclusive_caps=1)</source>
        <translation>无法打开 v4l2loopback 设备（请以管理员身份加载 v4l2loopback 模块，参数 exclusive_caps=1）</translation>
    </message>
    <message>
        <source>libobs did not release the failed encoder within %1 s</source>
        <translation>libobs 在 %1 秒内未释放出错的编码器</translation>
    </message>
    <message>
        <source>the replay buffer stopped when its encoder failed: %1</source>
        <translation>编码器出错，回放缓存已停止：%1</translation>
    </message>
</context>
<context>
    <name>shopcast::broadcast::ObsProgram</name>
    <message>
        <source>libobs could not create a preview display on this window</source>
        <translation>libobs 无法在此窗口上创建预览</translation>
    </message>
    <message>
        <source>libobs has no source named %1</source>
        <translation>libobs 中没有名为 %1 的源</translation>
    </message>
    <message>
        <source>there is no second canvas</source>
        <translation>没有第二画布</translation>
    </message>
    <message>
        <source>stop streaming, recording and the replay buffer before changing the canvas</source>
        <translation>请先停止推流、录制和回放缓存，再更改画布</translation>
    </message>
    <message>
        <source>stop streaming, recording and the replay buffer before changing the second canvas</source>
        <translation>请先停止推流、录制和回放缓存，再更改第二画布</translation>
    </message>
</context>
<context>
    <name>shopcast::broadcast::ObsRecorder</name>
    <message>
        <source>cannot write recordings into %1</source>
        <translation>无法把录像写入 %1</translation>
    </message>
    <message>
        <source>libobs could not create the recording output</source>
        <translation>libobs 无法创建录制输出</translation>
    </message>
    <message>
        <source>recording could not start: %1</source>
        <translation>录制无法开始：%1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>recording stopped with error %1%2</source>
        <translation>录制因错误 %1%2 停止</translation>
    </message>
    <message>
        <source>the recording file %1 was not written</source>
        <translation>录像文件 %1 没有写出</translation>
    </message>
</context>
<context>
    <name>shopcast::broadcast::ObsReplayBuffer</name>
    <message>
        <source>the replay buffer is already on</source>
        <translation>回放缓存已经开启</translation>
    </message>
    <message>
        <source>cannot write replays into %1</source>
        <translation>无法把回放写入 %1</translation>
    </message>
    <message>
        <source>libobs could not create the replay buffer (is obs-ffmpeg loaded?)</source>
        <translation>libobs 无法创建回放缓存（obs-ffmpeg 模块是否已加载？）</translation>
    </message>
    <message>
        <source>the replay buffer could not start: %1</source>
        <translation>回放缓存无法开启：%1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>turn the replay buffer on first</source>
        <translation>请先开启回放缓存</translation>
    </message>
    <message>
        <source>the replay buffer stopped with error %1%2</source>
        <translation>回放缓存因错误 %1 停止%2</translation>
    </message>
    <message>
        <source>the replay buffer was never started</source>
        <translation>回放缓存从未启动</translation>
    </message>
</context>
<context>
    <name>shopcast::broadcast::ObsSceneEditor</name>
    <message>
        <source>libobs could not create the scene %1</source>
        <translation>libobs 无法创建场景 %1</translation>
    </message>
    <message>
        <source>libobs has no scene %1</source>
        <translation>libobs 中没有场景 %1</translation>
    </message>
</context>
<context>
    <name>shopcast::broadcast::ObsStreamOutput</name>
    <message>
        <source>invalid server address</source>
        <translation>服务器地址无效</translation>
    </message>
    <message>
        <source>could not connect to the server</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>the server rejected the stream key or application</source>
        <translation>服务器拒绝了推流码或应用名</translation>
    </message>
    <message>
        <source>disconnected from the server</source>
        <translation>与服务器断开连接</translation>
    </message>
    <message>
        <source>the server does not support these settings</source>
        <translation>服务器不支持这些设置</translation>
    </message>
    <message>
        <source>no space left</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <source>the encoder failed</source>
        <translation>编码器出错</translation>
    </message>
    <message>
        <source>output error %1</source>
        <translation>输出错误 %1</translation>
    </message>
    <message>
        <source>libobs could not create the RTMP output for %1</source>
        <translation>libobs 无法为 %1 创建 RTMP 输出</translation>
    </message>
    <message>
        <source>connecting (attempt %1)</source>
        <translation>正在连接（第 %1 次）</translation>
    </message>
    <message>
        <source>%1: could not start: %2</source>
        <translation>%1：无法开始：%2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>%1 was never started</source>
        <translation>%1 从未开始</translation>
    </message>
    <message>
        <source>%1: gave up after %2 tries: %3</source>
        <translation>%1：尝试 %2 次后放弃：%3</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2): %3</source>
        <translation>%1 秒后重连（第 %2 次）：%3</translation>
    </message>
    <message>
        <source>reconnecting in %1 s</source>
        <translation>%1 秒后重连</translation>
    </message>
    <message>
        <source>%1 is still letting go of its last connection; try again in a moment</source>
        <translation>%1 仍在断开上一次连接，请稍后再试</translation>
    </message>
</context>
<context>
    <name>shopcast::broadcast::PreviewEditController</name>
    <message>
        <source>Select a source in the preview first</source>
        <translation>请先在预览中选择一个来源</translation>
    </message>
    <message>
        <source>Select one source in the preview first</source>
        <translation>请先在预览中只选择一个来源</translation>
    </message>
</context>
<context>
    <name>shopcast::broadcast::ProgramScreenshots</name>
    <message>
        <source>Screenshot %1</source>
        <translation>截图 %1</translation>
    </message>
    <message>
        <source>No screenshot: the program has no picture</source>
        <translation>未截图：节目画面为空</translation>
    </message>
    <message>
        <source>No screenshot of the second canvas: it has no picture</source>
        <translation>未截取第二画布：画面为空</translation>
    </message>
    <message>
        <source>The screenshot could not be written to %1</source>
        <translation>截图无法写入 %1</translation>
    </message>
    <message>
        <source>Screenshot saved: %1</source>
        <translation>截图已保存：%1</translation>
    </message>
</context>
<context>
    <name>shopcast::broadcast::SceneActions</name>
    <message>
        <source>Undo the last scene edit</source>
        <translation>撤销上一次场景编辑</translation>
    </message>
    <message>
        <source>Redo the scene edit undone last</source>
        <translation>重做刚撤销的场景编辑</translation>
    </message>
    <message>
        <source>Studio mode on or off</source>
        <translation>开关工作室模式</translation>
    </message>
    <message>
        <source>Show a scene in the preview</source>
        <translation>在预览中显示场景</translation>
    </message>
    <message>
        <source>Transition: the preview on air</source>
        <translation>过渡：把预览切上直播</translation>
    </message>
    <message>
        <source>Show a scene on the second canvas</source>
        <translation>在第二画布上显示场景</translation>
    </message>
    <message>
        <source>Put a scene on the program</source>
        <translation>把场景放到节目画面</translation>
    </message>
    <message>
        <source>Show or hide a source in a scene</source>
        <translation>显示或隐藏场景中的来源</translation>
    </message>
</context>
<context>
    <name>shopcast::broadcast::SceneEditor</name>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <source>Add scene %1</source>
        <translation>添加场景 %1</translation>
    </message>
    <message>
        <source>Remove scene %1</source>
        <translation>移除场景 %1</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>切换到 %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Reorder %1</source>
        <translation>调整 %1 的层级</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>隐藏 %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>Add filter %1 to %2</source>
        <translation>给 %2 添加滤镜 %1</translation>
    </message>
    <message>
        <source>Remove filter %1 from %2</source>
        <translation>从 %2 移除滤镜 %1</translation>
    </message>
    <message>
        <source>Reorder filters of %1</source>
        <translation>调整 %1 的滤镜顺序</translation>
    </message>
    <message>
        <source>Turn on filter %1</source>
        <translation>开启滤镜 %1</translation>
    </message>
    <message>
        <source>Turn off filter %1</source>
        <translation>关闭滤镜 %1</translation>
    </message>
    <message>
        <source>Change filter %1</source>
        <translation>调整滤镜 %1</translation>
    </message>
    <message>
        <source>Rename filter %1</source>
        <translation>重命名滤镜 %1</translation>
    </message>
    <message>
        <source>Change the transition</source>
        <translation>更改转场</translation>
    </message>
    <message>
        <source>Crop %1</source>
        <translation>裁剪 %1</translation>
    </message>
    <message>
        <source>Rotate %1</source>
        <translation>旋转 %1</translation>
    </message>
    <message>
        <source>Flip %1</source>
        <translation>翻转 %1</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>缩放 %1</translation>
    </message>
    <message>
        <source>Show %1 on the second canvas</source>
        <translation>在第二画布上显示 %1</translation>
    </message>
    <message>
        <source>Change the audio of %1</source>
        <translation>调整 %1 的音频</translation>
    </message>
    <message>
        <source>Mute %1</source>
        <translation>静音 %1</translation>
    </message>
    <message>
        <source>Unmute %1</source>
        <translation>取消静音 %1</translation>
    </message>
    <message>
        <source>Remove the global audio device %1</source>
        <translation>移除全局音频设备 %1</translation>
    </message>
    <message>
        <source>Set the global audio device %1</source>
        <translation>设置全局音频设备 %1</translation>
    </message>
</context>
<context>
    <name>shopcast::broadcast::StudioMode</name>
    <message>
        <source>There is no scene named %1</source>
        <translation>没有名为 %1 的场景</translation>
    </message>
    <message>
        <source>The Transition button works in studio mode: turn it on first</source>
        <translation>“过渡”按钮只在工作室模式下可用：请先开启工作室模式</translation>
    </message>
</context>
<context>
    <name>shopcast::catalog::LineupModel</name>
    <message>
        <source>%1 is already in the lineup</source>
        <translation>%1 已在排品中</translation>
    </message>
    <message>
        <source>no product with SKU %1 in the catalog</source>
        <translation>商品库中没有 SKU 为 %1 的商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>原价</translation>
    </message>
    <message>
        <source>Live price</source>
        <translation>直播价</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>售罄</translation>
    </message>
    <message>
        <source>Live price &apos;%1&apos; %2</source>
        <translation>直播价“%1”%2</translation>
    </message>
    <message>
        <source>Stock &apos;%1&apos; is not a whole number of items</source>
        <translation>库存“%1”不是整数件数</translation>
    </message>
</context>
<context>
    <name>shopcast::chat::ChatModel</name>
    <message>
        <source>%1 sent %2 × %3</source>
        <translation>%1 送出 %2 × %3</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2：%3</translation>
    </message>
</context>
<context>
    <name>shopcast::chat::CommentSources</name>
    <message>
        <source>%1 source could not reconnect: %2</source>
        <translation>%1 评论源无法重连：%2</translation>
    </message>
    <message>
        <source>No comment source plugins found.</source>
        <translation>没有找到评论源插件。</translation>
    </message>
    <message>
        <source>No comment source running (Sources… to add one).</source>
        <translation>没有运行中的评论源（点“评论源…”添加）。</translation>
    </message>
    <message>
        <source>no comment source plugin &apos;%1&apos; is loaded</source>
        <translation>没有加载名为“%1”的评论源插件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the %2 could not be stored (%3); it is used now and asked for again next time</source>
        <translation>%1：%2 无法保存（%3）；本次照常使用，下次会再次询问</translation>
    </message>
    <message>
        <source>no secret store</source>
        <translation>没有密钥存储</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>live</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>重连中</translation>
    </message>
    <message>
        <source>error</source>
        <translation>出错</translation>
    </message>
</context>
<context>
    <name>shopcast::chat::ReconnectingSource</name>
    <message>
        <source>the server went silent</source>
        <translation>服务器没有响应了</translation>
    </message>
    <message>
        <source>%1; reconnecting in %2 s</source>
        <translation>%1；%2 秒后重连</translation>
    </message>
</context>
<context>
    <name>shopcast::interact::LotteryController</name>
    <message>
        <source>a lottery is already open: close it first</source>
        <translation>已有抽奖在进行：请先截止</translation>
    </message>
    <message>
        <source>the last draw is still running</source>
        <translation>上一次开奖仍在进行</translation>
    </message>
    <message>
        <source>the system&apos;s random number generator failed; the lottery cannot be fair</source>
        <translation>系统随机数生成器出错；无法保证抽奖公平</translation>
    </message>
    <message>
        <source>a lottery is already open</source>
        <translation>已有抽奖在进行</translation>
    </message>
    <message>
        <source>the saved lottery has no valid seed</source>
        <translation>保存的抽奖没有有效的种子</translation>
    </message>
    <message>
        <source>the draw is already running</source>
        <translation>正在开奖</translation>
    </message>
    <message>
        <source>open and close a lottery before drawing</source>
        <translation>请先开始并截止抽奖，再开奖</translation>
    </message>
    <message>
        <source>no such winner to redraw</source>
        <translation>没有可重抽的这位中奖者</translation>
    </message>
    <message>
        <source>no one else entered: there is nobody to redraw</source>
        <translation>没有其他人参与：无人可重抽</translation>
    </message>
    <message>
        <source>%1 did not claim the prize; the next in the draw order, %2, wins.</source>
        <translation>%1 未领奖；按开奖顺序由下一位 %2 中奖。</translation>
    </message>
    <message>
        <source>the saved lottery&apos;s opening time is out of range</source>
        <translation>保存的抽奖开始时间超出范围</translation>
    </message>
</context>
<context>
    <name>shopcast::interact::PollController</name>
    <message>
        <source>a poll has 2 to 6 options</source>
        <translation>投票需要 2 到 6 个选项</translation>
    </message>
    <message>
        <source>the keyword &apos;%1&apos; is given to two options</source>
        <translation>口令“%1”被用在了两个选项上</translation>
    </message>
    <message>
        <source>every option needs a label and a keyword</source>
        <translation>每个选项都需要标签和口令</translation>
    </message>
    <message>
        <source>a poll is already open</source>
        <translation>已有投票正在进行</translation>
    </message>
    <message>
        <source>the saved poll&apos;s opening time is out of range</source>
        <translation>保存的投票开始时间超出范围</translation>
    </message>
</context>
<context>
    <name>shopcast::moderation::ModerationController</name>
    <message>
        <source>The moderation rules in %1 could not be read; the defaults are used and the file is kept.</source>
        <translation>无法读取 %1 中的场控规则；使用默认规则，文件保留。</translation>
    </message>
    <message>
        <source>the review queue was full</source>
        <translation>待审队列已满</translation>
    </message>
    <message>
        <source>%1 is timed out for %2 min (here in the studio).</source>
        <translation>%1 被禁言 %2 分钟（仅在工作室内）。</translation>
    </message>
    <message>
        <source>%1 is banned (here in the studio).</source>
        <translation>%1 被封禁（仅在工作室内）。</translation>
    </message>
    <message>
        <source>%1 may comment again.</source>
        <translation>%1 可以再次评论。</translation>
    </message>
</context>
<context>
    <name>shopcast::moderation::QuestionsModel</name>
    <message>
        <source>No product on air</source>
        <translation>没有商品在播</translation>
    </message>
    <message>
        <source>  (%1 open / %2)</source>
        <translation>  （待回答 %1 / 共 %2）</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>观众</translation>
    </message>
</context>
<context>
    <name>shopcast::moderation::ReviewQueueModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>暂扣原因</translation>
    </message>
</context>
<context>
    <name>shopcast::plugins::BilibiliSource</name>
    <message>
        <source>disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>give the live room id (the number in live.bilibili.com/...)</source>
        <translation>请填写直播间号（live.bilibili.com/ 后面的数字）</translation>
    </message>
    <message>
        <source>url must be a ws:// or wss:// address</source>
        <translation>url 必须是 ws:// 或 wss:// 地址</translation>
    </message>
    <message>
        <source>Bilibili refused the connection (code %1): check the room id and token</source>
        <translation>哔哩哔哩拒绝了连接（代码 %1）：请检查直播间号和令牌</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>直播间 %1</translation>
    </message>
</context>
<context>
    <name>shopcast::plugins::BridgeSource</name>
    <message>
        <source>the bridge needs a token of at least 8 characters</source>
        <translation>桥接需要至少 8 个字符的令牌</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>无法监听 127.0.0.1:%1：%2</translation>
    </message>
    <message>
        <source>listening on 127.0.0.1:%1</source>
        <translation>正在监听 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>over %1 connections to the bridge</source>
        <translation>桥接连接超过 %1 个</translation>
    </message>
    <message>
        <source>headers over 64 KiB</source>
        <translation>请求头超过 64 KiB</translation>
    </message>
    <message>
        <source>the bridge answers on /comments</source>
        <translation>桥接在 /comments 上应答</translation>
    </message>
    <message>
        <source>missing or wrong token</source>
        <translation>令牌缺失或错误</translation>
    </message>
    <message>
        <source>POST comments, or open a WebSocket</source>
        <translation>请 POST 评论，或打开 WebSocket</translation>
    </message>
    <message>
        <source>Content-Length is required</source>
        <translation>需要 Content-Length</translation>
    </message>
    <message>
        <source>body over 1 MiB</source>
        <translation>请求体超过 1 MiB</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
</context>
<context>
    <name>shopcast::plugins::RehearsalSource</name>
    <message>
        <source>cannot read the capture %1: %2</source>
        <translation>无法读取弹幕录制文件 %1：%2</translation>
    </message>
    <message>
        <source>give a positive speed or ratePerSecond</source>
        <translation>请给出正数的 speed 或 ratePerSecond</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos;: use twitch-irc, bilibili or bridge</source>
        <translation>未知协议“%1”：请使用 twitch-irc、bilibili 或 bridge</translation>
    </message>
    <message>
        <source>the capture %1 holds no comments</source>
        <translation>弹幕录制文件 %1 中没有评论</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) to replay</source>
        <translation>
            <numerusform>有 %n 条评论待回放</numerusform>
        </translation>
    </message>
    <message>
        <source>replay finished</source>
        <translation>回放结束</translation>
    </message>
</context>
<context>
    <name>shopcast::plugins::TwitchIrcSource</name>
    <message>
        <source>disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS：%1</translation>
    </message>
    <message>
        <source>give the Twitch channel name (the part after twitch.tv/)</source>
        <translation>请填写 Twitch 频道名（twitch.tv/ 后面的部分）</translation>
    </message>
    <message>
        <source>an OAuth login needs the account name (nick)</source>
        <translation>OAuth 登录需要账户名（nick）</translation>
    </message>
    <message>
        <source>no certificate in %1</source>
        <translation>%1 中没有证书</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>over %1 KiB without a line end; connection reset</source>
        <translation>超过 %1 KiB 没有换行；连接已重置</translation>
    </message>
    <message>
        <source>no line end in %1 KiB</source>
        <translation>%1 KiB 内没有换行</translation>
    </message>
    <message>
        <source>the server asked to reconnect</source>
        <translation>服务器要求重连</translation>
    </message>
    <message>
        <source>Twitch refused the login: %1</source>
        <translation>Twitch 拒绝了登录：%1</translation>
    </message>
</context>
<context>
    <name>shopcast::remote::RemoteServer</name>
    <message>
        <source>The remote control cannot listen on port %1: %2</source>
        <translation>远程控制无法监听端口 %1：%2</translation>
    </message>
    <message>
        <source>The studio is closing.</source>
        <translation>直播间正在关闭。</translation>
    </message>
    <message>
        <source>Too many clients (at most %1).</source>
        <translation>客户端过多（最多 %1 个）。</translation>
    </message>
    <message>
        <source>This session speaks MessagePack: send binary messages.</source>
        <translation>本会话使用 MessagePack：请发送二进制消息。</translation>
    </message>
    <message>
        <source>This session speaks JSON: send text messages.</source>
        <translation>本会话使用 JSON：请发送文本消息。</translation>
    </message>
    <message>
        <source>Your message is not valid MessagePack: %1</source>
        <translation>消息不是有效的 MessagePack：%1</translation>
    </message>
</context>
<context>
    <name>shopcast::replay::AudienceModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>观众</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Lottery entries</source>
        <translation>抽奖参与</translation>
    </message>
    <message>
        <source>Days active</source>
        <translation>活跃天数</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Spend ¥</source>
        <translation>消费 ¥</translation>
    </message>
</context>
<context>
    <name>shopcast::replay::ChapterModel</name>
    <message>
        <source>%1 (show stopped)</source>
        <translation>%1（直播中断）</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未录制</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间点</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
</context>
<context>
    <name>shopcast::replay::ClipExporter</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>shopcast::replay::ProductStatsModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>在播时长</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Flash sales</source>
        <translation>秒杀</translation>
    </message>
    <message>
        <source>Asked most</source>
        <translation>提问最多</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>成交额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>From its pitches</source>
        <translation>讲解带来的成交</translation>
    </message>
    <message>
        <source>Views in its pitches</source>
        <translation>讲解期间观看人次</translation>
    </message>
    <message>
        <source>GPM of its pitches</source>
        <translation>讲解 GPM</translation>
    </message>
</context>
<context>
    <name>shopcast::rundown::PlanTableModel</name>
    <message>
        <source>The slot&apos;s remaining time on stream</source>
        <translation>在画面上显示本时段剩余时间</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Product (SKU)</source>
        <translation>商品（SKU）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <source>Lottery / poll</source>
        <translation>抽奖 / 投票</translation>
    </message>
    <message>
        <source>(the show&apos;s default)</source>
        <translation>（本场默认）</translation>
    </message>
    <message>
        <source>%1 × %2 · %3</source>
        <translation>%1 × %2 · %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a slot kind</source>
        <translation>“%1”不是时段类型</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a length: use m:ss, h:mm:ss or seconds (zero is not allowed)</source>
        <translation>“%1”不是时长：请用 分:秒、时:分:秒 或秒数（不允许为零）</translation>
    </message>
</context>
<context>
    <name>shopcast::rundown::RhythmClock</name>
    <message>
        <source>the rhythm timer is already running</source>
        <translation>节奏计时器已在运行</translation>
    </message>
    <message>
        <source>slot %1 is not in the plan (%2 slots)</source>
        <translation>第 %1 个时段不在计划中（共 %2 个时段）</translation>
    </message>
    <message>
        <source>the rhythm timer&apos;s saved position is not valid</source>
        <translation>节奏计时器保存的位置无效</translation>
    </message>
</context>
<context>
    <name>shopcast::show::InteractionRoom</name>
    <message>
        <source>Lucky bag 福袋</source>
        <translation>福袋</translation>
    </message>
    <message>
        <source>Slot %1&apos;s lottery preset is not usable (%2); the show&apos;s default opens instead.</source>
        <translation>第 %1 个时段的抽奖预设不可用（%2）；改为开启本场默认抽奖。</translation>
    </message>
    <message>
        <source>The lottery could not open: %1</source>
        <translation>抽奖无法开启：%1</translation>
    </message>
    <message>
        <source>Slot %1&apos;s poll could not open: %2</source>
        <translation>第 %1 个时段的投票无法开启：%2</translation>
    </message>
    <message>
        <source>The prize picture %1 cannot be read; the card shows the prize&apos;s name only.</source>
        <translation>无法读取奖品图片 %1；商品卡只显示奖品名称。</translation>
    </message>
    <message>
        <source>This offer ends in 本品倒计时</source>
        <translation>本品倒计时</translation>
    </message>
</context>
<context>
    <name>shopcast::show::LiveProductController</name>
    <message>
        <source>Explain a product first: a flash sale runs for the product on air.</source>
        <translation>请先讲解一个商品：秒杀针对在播商品。</translation>
    </message>
    <message>
        <source>%1 is sold out.</source>
        <translation>%1 已售罄。</translation>
    </message>
    <message>
        <source>A flash sale lasts from one second to 24 hours.</source>
        <translation>秒杀时长为 1 秒到 24 小时。</translation>
    </message>
</context>
<context>
    <name>shopcast::show::RundownSession</name>
    <message>
        <source>Lottery time: start the draw.</source>
        <translation>抽奖时间：开始抽奖吧。</translation>
    </message>
    <message>
        <source>Poll time: start the poll.</source>
        <translation>投票时间：开始投票吧。</translation>
    </message>
    <message>
        <source>%1 products in a row: an interlude (lottery or game) is due now.</source>
        <translation>已连续讲解 %1 个商品：该安排互动（抽奖或游戏）了。</translation>
    </message>
</context>
<context>
    <name>shopcast::show::SalesTicker</name>
    <message>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>%1 just bought %2 ×%3</source>
        <translation>%1 刚刚下单 %2 ×%3</translation>
    </message>
    <message>
        <source>%1 just bought %2</source>
        <translation>%1 刚刚下单 %2</translation>
    </message>
</context>
<context>
    <name>shopcast::show::ShowActions</name>
    <message>
        <source>Start the show</source>
        <translation>开始直播</translation>
    </message>
    <message>
        <source>End the show</source>
        <translation>结束直播</translation>
    </message>
    <message>
        <source>Explain the product now</source>
        <translation>立即讲解该商品</translation>
    </message>
    <message>
        <source>Next product</source>
        <translation>下一个商品</translation>
    </message>
    <message>
        <source>Previous product</source>
        <translation>上一个商品</translation>
    </message>
    <message>
        <source>Take the product off air</source>
        <translation>撤下当前商品</translation>
    </message>
    <message>
        <source>Sold out / back in stock</source>
        <translation>售罄 / 恢复库存</translation>
    </message>
    <message>
        <source>Start a flash sale</source>
        <translation>开始限时秒杀</translation>
    </message>
    <message>
        <source>Stop the flash sale</source>
        <translation>停止限时秒杀</translation>
    </message>
    <message>
        <source>Start / stop the flash sale</source>
        <translation>开始 / 停止限时秒杀</translation>
    </message>
    <message>
        <source>Start the rhythm timer</source>
        <translation>启动节奏计时器</translation>
    </message>
    <message>
        <source>Pause / resume the rhythm timer</source>
        <translation>暂停 / 继续节奏计时器</translation>
    </message>
    <message>
        <source>Next slot</source>
        <translation>下一环节</translation>
    </message>
    <message>
        <source>Previous slot</source>
        <translation>上一环节</translation>
    </message>
    <message>
        <source>Pin the selected comment</source>
        <translation>置顶选中的评论</translation>
    </message>
    <message>
        <source>Clear the pinned comment</source>
        <translation>取消置顶评论</translation>
    </message>
    <message>
        <source>Open / close lottery entries</source>
        <translation>开始 / 停止抽奖报名</translation>
    </message>
    <message>
        <source>Draw the lottery</source>
        <translation>开奖</translation>
    </message>
    <message>
        <source>Open / close the poll</source>
        <translation>开始 / 结束投票</translation>
    </message>
    <message>
        <source>Take the result card off</source>
        <translation>撤下结果卡片</translation>
    </message>
    <message>
        <source>Send a note to the host</source>
        <translation>给主播发提示</translation>
    </message>
    <message>
        <source>Dismiss the producer&apos;s note</source>
        <translation>关闭场控提示</translation>
    </message>
    <message>
        <source>Mark a buyer&apos;s question answered</source>
        <translation>标记买家问题已回答</translation>
    </message>
    <message>
        <source>Approve a held comment</source>
        <translation>通过待审评论</translation>
    </message>
    <message>
        <source>Reject a held comment</source>
        <translation>拒绝待审评论</translation>
    </message>
    <message>
        <source>Keep selling (stock ran out on the card)</source>
        <translation>继续卖（商品卡上库存已用完）</translation>
    </message>
    <message>
        <source>Orders ticker on stream on/off</source>
        <translation>开/关直播画面的下单播报</translation>
    </message>
</context>
<context>
    <name>shopcast::show::ShowRecovery</name>
    <message>
        <source>%1 is not there any more</source>
        <translation>%1 已经不在了</translation>
    </message>
    <message>
        <source>recovered after the studio stopped</source>
        <translation>工作室停止后已恢复</translation>
    </message>
    <message>
        <source>could not be recovered</source>
        <translation>无法恢复</translation>
    </message>
</context>
<context>
    <name>shopcast::show::ShowSession</name>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>The lineup could not be loaded: %1</source>
        <translation>无法载入排品：%1</translation>
    </message>
    <message>
        <source>The saved show plan could not be read (%1); it is kept in the database and a new plan was made.</source>
        <translation>无法读取保存的直播计划（%1）；它保留在数据库中，已新建一个计划。</translation>
    </message>
    <message>
        <source>Today&apos;s show</source>
        <translation>今日直播</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>直播 %1</translation>
    </message>
    <message>
        <source>The show has started: %1</source>
        <translation>直播已开始：%1</translation>
    </message>
    <message>
        <source>The show could not start (%1): %2</source>
        <translation>直播无法开始（%1）：%2</translation>
    </message>
    <message>
        <source>a show is already running</source>
        <translation>已有直播在进行</translation>
    </message>
    <message>
        <source>the show&apos;s plan in its checkpoint cannot be read: %1</source>
        <translation>无法读取检查点中的直播计划：%1</translation>
    </message>
    <message>
        <source>the flash sale price %1 in the checkpoint is not a price</source>
        <translation>检查点中的秒杀价 %1 不是价格</translation>
    </message>
    <message>
        <source>the studio stopped; recovered on the next start</source>
        <translation>工作室停止了；下次启动时已恢复</translation>
    </message>
    <message>
        <source>the rhythm timer (%1)</source>
        <translation>节奏计时器（%1）</translation>
    </message>
    <message>
        <source>the product %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <source>the flash sale</source>
        <translation>秒杀</translation>
    </message>
    <message>
        <source>the open lottery (%1)</source>
        <translation>进行中的抽奖（%1）</translation>
    </message>
    <message>
        <source>The show &quot;%1&quot; goes on where it stopped %2 s ago.</source>
        <translation>直播“%1”从 %2 秒前中断处继续。</translation>
    </message>
    <message>
        <source>Not resumed: %1.</source>
        <translation>未能恢复：%1。</translation>
    </message>
    <message>
        <source>%1 cannot go on air: %2</source>
        <translation>%1 无法上播：%2</translation>
    </message>
    <message>
        <source>the open poll (%1)</source>
        <translation>进行中的投票（%1）</translation>
    </message>
</context>
<context>
    <name>shopcast::show::ShowTimeline</name>
    <message>
        <source>a show is already running</source>
        <translation>已有直播在进行</translation>
    </message>
    <message>
        <source>show %1 is not in the studio database</source>
        <translation>工作室数据库中没有第 %1 场直播</translation>
    </message>
    <message>
        <source>show %1 has ended</source>
        <translation>第 %1 场直播已结束</translation>
    </message>
</context>
<context>
    <name>shopcast::storage::StorageWriter</name>
    <message>
        <source>the database writer cannot open %1: %2</source>
        <translation>数据库写入器无法打开 %1：%2</translation>
    </message>
    <message>
        <source>the database writer could not open the database</source>
        <translation>数据库写入器无法打开数据库</translation>
    </message>
</context>
</TS>
