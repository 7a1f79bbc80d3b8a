package io.gojichain.tools.demo;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.DryingMethod;
import io.gojichain.contracts.ProductForm;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fixed world of the simulated season: products, buyer provinces, processors, varieties.
 * Figures follow docs/DOMAIN.md (pack sizes and retail prices of Jinghe goji products).
 */
final class Catalogue {

    /** A product as sold: one SKU is one pack size of one form, at a base price in CNY per pack. */
    record Sku(String code, ProductForm form, BigDecimal packSize, BigDecimal basePrice) {

        Sku(String code, ProductForm form, String packSize, String basePrice) {
            this(code, form, new BigDecimal(packSize), new BigDecimal(basePrice));
        }

        /** Packs for shops and B2B buyers (tea shops, bakeries, fruit shops), bought by the dozen. */
        boolean wholesale() {
            return this.packSize.compareTo(new BigDecimal("5")) >= 0;
        }
    }

    static final Sku FRESH_1KG = new Sku("FRESH-1KG", ProductForm.FRESH, "1", "45");

    static final Sku FRESH_5KG = new Sku("FRESH-5KG", ProductForm.FRESH, "5", "165");

    static final Sku DRIED_250G = new Sku("DRIED-250G", ProductForm.DRIED, "0.25", "39");

    static final Sku DRIED_500G = new Sku("DRIED-500G", ProductForm.DRIED, "0.5", "69");

    static final Sku DRIED_1KG = new Sku("DRIED-1KG", ProductForm.DRIED, "1", "118");

    static final Sku DRIED_5KG = new Sku("DRIED-5KG", ProductForm.DRIED, "5", "265");

    /**
     * Freeze-dried premium berries: made only from the premium co-operative's lots, sold online
     * at about two and a half times the price of hot-air dried packs of the same weight.
     */
    static final Sku DRIED_FD_250G = new Sku("DRIED-FD-250G", ProductForm.DRIED, "0.25", "98");

    static final Sku NFC_30ML_X10 = new Sku("NFC-30ML-X10", ProductForm.NFC_JUICE, "0.3", "59");

    static final Sku NFC_250ML = new Sku("NFC-250ML", ProductForm.NFC_JUICE, "0.25", "25");

    static final Sku PULP_1L = new Sku("PULP-1L", ProductForm.PULP, "1", "32");

    static final Sku PULP_5L = new Sku("PULP-5L", ProductForm.PULP, "5", "118");

    static final List<Sku> SKUS = List.of(
            FRESH_1KG,
            FRESH_5KG,
            DRIED_250G,
            DRIED_500G,
            DRIED_1KG,
            DRIED_5KG,
            DRIED_FD_250G,
            NFC_30ML_X10,
            NFC_250ML,
            PULP_1L,
            PULP_5L);

    /** The export price of a 5 kg carton of dried berries, in USD, before the season eases it. */
    static final BigDecimal EXPORT_DRIED_5KG_USD = new BigDecimal("38");

    /** A buyer province: its share of orders and the cities orders come from. */
    record Province(String name, double weight, List<String> cities) {}

    static final List<Province> PROVINCES = List.of(
            new Province("Guangdong", 12, List.of("Guangzhou", "Shenzhen", "Dongguan", "Foshan")),
            new Province("Zhejiang", 8, List.of("Hangzhou", "Ningbo", "Wenzhou")),
            new Province("Jiangsu", 8, List.of("Nanjing", "Suzhou", "Wuxi")),
            new Province("Shanghai", 6, List.of("Shanghai")),
            new Province("Beijing", 6, List.of("Beijing")),
            new Province("Shandong", 6, List.of("Jinan", "Qingdao", "Yantai")),
            new Province("Henan", 5, List.of("Zhengzhou", "Luoyang")),
            new Province("Sichuan", 5, List.of("Chengdu", "Mianyang")),
            new Province("Fujian", 5, List.of("Fuzhou", "Xiamen", "Quanzhou")),
            new Province("Hubei", 4, List.of("Wuhan", "Yichang")),
            new Province("Hunan", 4, List.of("Changsha", "Zhuzhou")),
            new Province("Hebei", 4, List.of("Shijiazhuang", "Tangshan")),
            new Province("Guangxi", 3, List.of("Nanning", "Guilin", "Liuzhou")),
            new Province("Anhui", 3, List.of("Hefei", "Wuhu")),
            new Province("Shaanxi", 3, List.of("Xi'an", "Baoji")),
            new Province("Liaoning", 3, List.of("Shenyang", "Dalian")),
            new Province("Chongqing", 3, List.of("Chongqing")),
            new Province("Xinjiang", 3, List.of("Urumqi", "Bole", "Yining")),
            new Province("Tianjin", 2, List.of("Tianjin")),
            new Province("Yunnan", 2, List.of("Kunming")),
            new Province("Jiangxi", 2, List.of("Nanchang")),
            new Province("Ningxia", 2, List.of("Yinchuan")),
            new Province("Heilongjiang", 2, List.of("Harbin")),
            new Province("Shanxi", 2, List.of("Taiyuan")),
            new Province("Gansu", 1, List.of("Lanzhou")),
            new Province("Jilin", 1, List.of("Changchun")),
            new Province("Inner Mongolia", 1, List.of("Hohhot", "Baotou")),
            new Province("Guizhou", 1, List.of("Guiyang")),
            new Province("Hainan", 1, List.of("Haikou", "Sanya")),
            new Province("Qinghai", 0.5, List.of("Xining")),
            new Province("Tibet", 0.2, List.of("Lhasa")));

    /** Where NFC juice demand is planted to rise week on week at the end of the season. */
    static final Set<String> SOUTH = Set.of("Guangdong", "Fujian", "Guangxi");

    /** Buyers of the export cartons (priced in USD). */
    static final Province EXPORT = new Province("Hong Kong", 0, List.of("Hong Kong"));

    /** Where the berries grow. */
    static final String ORIGIN_PROVINCE = "Xinjiang";

    static final String ORIGIN_COUNTY = "Jinghe";

    static final List<String> VARIETIES = List.of("Jingqi-1", "Ningqi-7", "Ningqi-10", "Ningqi-1");

    static final double[] VARIETY_WEIGHTS = {0.45, 0.3, 0.15, 0.1};

    /**
     * The co-operative planted to earn clearly more per fresh kg than the county: all its lots go
     * to the freeze-drying line of {@link #PREMIUM_PROCESSOR} and sell as {@link #DRIED_FD_250G}.
     */
    static final String PREMIUM_COOPERATIVE = "COOP-JH-01";

    /** A processing plant: what it makes and, for dryers, how. */
    record Processor(String id, boolean dryer, @Nullable DryingMethod method, double nfcShare) {}

    /** P01-P10 dry (hot air, sun, freeze), P11-P15 press juice and pulp. */
    static final List<Processor> PROCESSORS = List.of(
            new Processor("P01", true, DryingMethod.HOT_AIR, 0),
            new Processor("P02", true, DryingMethod.HOT_AIR, 0),
            new Processor("P03", true, DryingMethod.HOT_AIR, 0),
            new Processor("P04", true, DryingMethod.HOT_AIR, 0),
            new Processor("P05", true, DryingMethod.HOT_AIR, 0),
            new Processor("P06", true, DryingMethod.SUN, 0),
            new Processor("P07", true, DryingMethod.SUN, 0),
            new Processor("P08", true, DryingMethod.SUN, 0),
            new Processor("P09", true, DryingMethod.FREEZE, 0),
            new Processor("P10", true, DryingMethod.FREEZE, 0),
            new Processor("P11", false, null, 0.5),
            new Processor("P12", false, null, 0.45),
            new Processor("P13", false, null, 0.4),
            new Processor("P14", false, null, 0.15),
            new Processor("P15", false, null, 0.1));

    /** The freeze-dryer that runs the premium line for {@link #PREMIUM_COOPERATIVE}. */
    static final Processor PREMIUM_PROCESSOR = PROCESSORS.get(8);

    /** Online platforms and their order-id prefixes. */
    static final String JD = "jd";

    static final String TMALL = "tmall";

    static final String DOUYIN = "douyin";

    static final String KUAISHOU = "kuaishou";

    static String orderPrefix(Channel channel, @Nullable String platform, boolean export) {
        if (export) {
            return "EXP";
        }
        if (channel == Channel.OFFLINE) {
            return "POS";
        }
        if (JD.equals(platform)) {
            return "JD";
        }
        if (TMALL.equals(platform)) {
            return "TM";
        }
        return DOUYIN.equals(platform) ? "DY" : "KS";
    }

    private Catalogue() {}
}
