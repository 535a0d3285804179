package com.skincare.shop.command.catalog.demo;

import com.skincare.shop.api.catalog.CategoryDetails;

import java.util.List;

import static com.skincare.shop.api.common.SkinType.ALL;
import static com.skincare.shop.api.common.SkinType.COMBINATION;
import static com.skincare.shop.api.common.SkinType.DRY;
import static com.skincare.shop.api.common.SkinType.NORMAL;
import static com.skincare.shop.api.common.SkinType.OILY;
import static com.skincare.shop.api.common.SkinType.SENSITIVE;
import static com.skincare.shop.command.catalog.demo.DemoProduct.product;

/**
 * The demo shop's catalog: eight categories and twelve products with English and Khmer texts, prices in US
 * dollars (the everyday currency of Cambodian retail), one product out of stock, two running low and one draft.
 */
final class DemoCatalog {

    private static final String CATEGORY_IMAGES = "https://images.skincare.example/categories/";

    private DemoCatalog() {
    }

    static List<CategoryDetails> categories() {
        return List.of(
                category("Cleansers", "cleansers", 1,
                        "Gentle face washes, foams and micellar waters that lift dirt, oil and sunscreen."),
                category("Toners", "toners", 2,
                        "Hydrating and balancing toners that prepare the skin after cleansing."),
                category("Serums", "serums", 3,
                        "Concentrated treatments for brightening, repair and deep hydration."),
                category("Moisturizers", "moisturizers", 4,
                        "Creams and gels that lock in moisture without feeling heavy in humid weather."),
                category("Sunscreens", "sunscreens", 5,
                        "Daily broad-spectrum sun protection, light enough for the tropical sun."),
                category("Masks", "masks", 6,
                        "Weekly wash-off masks for a quick glow or a deep clean."),
                category("Eye Care", "eye-care", 7,
                        "Creams and gels for the delicate skin around the eyes."),
                category("Exfoliators", "exfoliators", 8,
                        "Scrubs and gentle exfoliants that clear away dead skin cells."));
    }

    static List<DemoProduct> products() {
        return List.of(
                product("SKC-CLN-001", "Green Tea Foaming Cleanser", "ក្រែមលាងមុខតែបៃតង")
                        .describedAs("A light foaming cleanser with green tea extract that clears excess oil and "
                                        + "impurities without stripping the skin.",
                                "ក្រែមលាងមុខបង្កើតពពុះស្រាល ជាមួយសារធាតុចម្រាញ់ពីតែបៃតង ជួយសម្អាតជាតិខ្លាញ់ "
                                        + "និងភាពកខ្វក់ ដោយមិនធ្វើឲ្យស្បែកស្ងួត។")
                        .inShort("Oil-control foaming cleanser with green tea.")
                        .priced("12.50", "15.00", "4.80").inStock(120)
                        .packed("150.00", "5.00", "4.00", "16.00")
                        .forSkin(OILY).in("cleansers")
                        .concerns("acne", "oiliness", "large pores")
                        .ingredients("Water", "Glycerin", "Camellia Sinensis Leaf Extract", "Coco-Betaine",
                                "Sodium Cocoyl Glycinate", "Panthenol")
                        .usage("Lather a small amount with water, massage onto damp skin, rinse well. Use morning "
                                + "and evening.")
                        .pictured("green-tea-cleanser").featured(),
                product("SKC-CLN-002", "Gentle Micellar Cleansing Water", "ទឹកលាងសម្អាតមុខមីសែឡា")
                        .describedAs("A no-rinse micellar water that removes makeup, sunscreen and dirt while "
                                        + "calming sensitive skin.",
                                "ទឹកសម្អាតមុខស្រាលៗ ជួយលុបគ្រឿងសម្អាង ឡេការពារកម្តៅថ្ងៃ និងភាពកខ្វក់ "
                                        + "ដោយមិនចាំបាច់លាងទឹកម្តងទៀត។ ស័ក្តិសមសម្រាប់ស្បែកងាយប្រតិកម្ម។")
                        .inShort("Fragrance-free micellar water for sensitive skin.")
                        .priced("9.90", null, "3.10").inStock(85)
                        .forSkin(SENSITIVE).in("cleansers")
                        .concerns("redness", "sensitivity")
                        .ingredients("Water", "Poloxamer 184", "Glycerin", "Allantoin", "Centella Asiatica Extract")
                        .usage("Soak a cotton pad and wipe gently over face, eyes and lips. No need to rinse.")
                        .pictured("micellar-water"),
                product("SKC-TON-001", "Rice Water Brightening Toner", "ទឹកអង្ករបំប៉នស្បែកមុខ")
                        .describedAs("A milky toner made with fermented rice water that softens the skin and "
                                        + "brings back its natural glow.",
                                "តូនឺរពីទឹកអង្ករ ជួយឲ្យស្បែកភ្លឺថ្លា ទន់រលោង "
                                        + "និងរៀបចំស្បែកឲ្យស្រូបយកសេរ៉ូមបានល្អ។")
                        .inShort("Softening rice water toner for a natural glow.")
                        .priced("15.00", null, "5.50").inStock(64)
                        .forSkin(NORMAL).in("toners")
                        .concerns("dullness", "uneven texture")
                        .ingredients("Oryza Sativa (Rice) Ferment Filtrate", "Water", "Niacinamide", "Glycerin",
                                "Sodium Hyaluronate")
                        .usage("After cleansing, pat a few drops into the skin with your palms or a cotton pad.")
                        .pictured("rice-water-toner"),
                product("SKC-SER-001", "Vitamin C Brightening Serum", "សេរ៉ូមវីតាមីនសេ")
                        .describedAs("A 15% vitamin C serum with ferulic acid that fades dark spots and evens out "
                                        + "skin tone.",
                                "សេរ៉ូមវីតាមីនសេ 15% ជួយកាត់បន្ថយស្នាមអុចខ្មៅ និងធ្វើឲ្យពណ៌ស្បែកភ្លឺស្មើគ្នា។")
                        .inShort("15% vitamin C for dark spots and dullness.")
                        .priced("24.90", "29.90", "8.40").inStock(42)
                        .packed("90.00", "4.00", "4.00", "11.00")
                        .forSkin(COMBINATION).in("serums")
                        .concerns("dark spots", "dullness", "uneven skin tone")
                        .ingredients("Water", "Ascorbic Acid", "Propanediol", "Ferulic Acid", "Tocopherol",
                                "Sodium Hyaluronate")
                        .usage("Apply 3 to 4 drops in the morning after toner, then moisturizer and sunscreen.")
                        .pictured("vitamin-c-serum").featured()
                        .withImage("vitamin-c-serum-front.jpg", "Vitamin C Brightening Serum bottle, front", true)
                        .withImage("vitamin-c-serum-texture.jpg", "Vitamin C serum texture on the hand", false),
                product("SKC-SER-002", "Snail Mucin Repair Serum", "សេរ៉ូមទឹករំអិលខ្យង")
                        .describedAs("A serum with 96% snail secretion filtrate that repairs a damaged skin "
                                        + "barrier and keeps dry skin supple.",
                                "សេរ៉ូមមានទឹករំអិលខ្យង 96% ជួយជួសជុលស្បែកដែលខូច "
                                        + "និងផ្តល់សំណើមដល់ស្បែកស្ងួត។")
                        .inShort("96% snail mucin for repair and hydration.")
                        .priced("21.50", null, "7.20").inStock(8)
                        .forSkin(DRY).in("serums")
                        .concerns("dryness", "acne scars", "dehydration")
                        .ingredients("Snail Secretion Filtrate", "Betaine", "Butylene Glycol", "Sodium Hyaluronate",
                                "Panthenol", "Allantoin")
                        .usage("After toner, apply 2 to 3 pumps and pat gently until absorbed.")
                        .pictured("snail-mucin-serum").featured(),
                product("SKC-MOI-001", "Hyaluronic Acid Water Cream", "ក្រែមផ្តល់សំណើមអាស៊ីតហ៊ីយ៉ាលូរ៉ូនិក")
                        .describedAs("A weightless gel-cream with three kinds of hyaluronic acid that keeps the "
                                        + "skin hydrated for 24 hours.",
                                "ក្រែមស្រាលដូចទឹក ជាមួយអាស៊ីតហ៊ីយ៉ាលូរ៉ូនិក "
                                        + "ផ្តល់សំណើមដល់ស្បែករហូតដល់ 24 ម៉ោង ដោយមិនស្អិត។")
                        .inShort("Weightless 24-hour hydration.")
                        .priced("26.00", "32.00", "9.00").inStock(37)
                        .packed("120.00", "7.00", "7.00", "6.00")
                        .forSkin(DRY).in("moisturizers")
                        .concerns("dryness", "dehydration", "fine lines")
                        .ingredients("Water", "Glycerin", "Sodium Hyaluronate", "Hydrolyzed Hyaluronic Acid",
                                "Squalane", "Ceramide NP")
                        .usage("Smooth over face and neck as the last step of your routine, morning and night.")
                        .pictured("hyaluronic-water-cream"),
                product("SKC-MOI-002", "Aloe Vera Soothing Gel", "ជែលប្រទាលកន្ទុយក្រពើ")
                        .describedAs("A cooling 92% aloe vera gel that calms sun-stressed and irritated skin.",
                                "ជែលប្រទាលកន្ទុយក្រពើ 92% ជួយបន្ធូរស្បែកដែលរលាកដោយកម្តៅថ្ងៃ "
                                        + "និងផ្តល់អារម្មណ៍ត្រជាក់ស្រួល។")
                        .inShort("Cooling aloe gel for face and body.")
                        .priced("8.50", null, "2.40").inStock(150)
                        .forSkin(SENSITIVE).in("moisturizers")
                        .concerns("redness", "sunburn", "sensitivity")
                        .ingredients("Aloe Barbadensis Leaf Juice", "Glycerin", "Cucumis Sativus Fruit Extract",
                                "Allantoin")
                        .usage("Apply generously to clean skin whenever it feels hot or irritated.")
                        .pictured("aloe-vera-gel"),
                product("SKC-SUN-001", "Daily UV Shield Sunscreen SPF50", "ឡេការពារកម្តៅថ្ងៃ SPF50")
                        .describedAs("A lightweight SPF50 PA++++ sunscreen that leaves no white cast and stays "
                                        + "comfortable in heat and humidity.",
                                "ឡេការពារកម្តៅថ្ងៃ SPF50 PA++++ ស្រាល មិនស្អិត និងមិនបន្សល់ស្នាមស "
                                        + "ស័ក្តិសមសម្រាប់អាកាសធាតុក្តៅ និងសើម។")
                        .inShort("SPF50 PA++++ with no white cast.")
                        .priced("18.90", "22.00", "6.30").inStock(96)
                        .packed("60.00", "4.00", "3.00", "13.00")
                        .forSkin(ALL).in("sunscreens")
                        .concerns("sun damage", "dark spots")
                        .ingredients("Water", "Zinc Oxide", "Ethylhexyl Methoxycinnamate", "Niacinamide",
                                "Centella Asiatica Extract")
                        .usage("Apply as the last morning step, 15 minutes before going out; reapply every two hours.")
                        .pictured("daily-sunscreen-spf50").featured(),
                product("SKC-MSK-001", "Turmeric Glow Mask", "ម៉ាស់មុខរមៀត")
                        .describedAs("A wash-off mask with turmeric and honey that brightens the skin and calms "
                                        + "breakouts.",
                                "ម៉ាស់មុខរមៀត និងទឹកឃ្មុំ ជួយឲ្យស្បែកភ្លឺស្រស់ និងកាត់បន្ថយមុន។")
                        .inShort("Turmeric and honey for a weekly glow.")
                        .priced("13.50", null, "4.10").inStock(5)
                        .forSkin(NORMAL).in("masks")
                        .concerns("dullness", "acne")
                        .ingredients("Kaolin", "Curcuma Longa (Turmeric) Root Powder", "Honey", "Glycerin",
                                "Yogurt Powder")
                        .usage("Spread a thin layer on clean skin, leave for 10 minutes, rinse with warm water. "
                                + "Use twice a week.")
                        .pictured("turmeric-glow-mask").featured(),
                product("SKC-MSK-002", "Kaolin Clay Pore Mask", "ម៉ាស់ដីឥដ្ឋបន្សុទ្ធរន្ធញើស")
                        .describedAs("A kaolin and bentonite clay mask that absorbs excess oil and deep-cleans "
                                        + "clogged pores.",
                                "ម៉ាស់ដីឥដ្ឋកាអូលីន ជួយស្រូបជាតិខ្លាញ់លើស និងសម្អាតរន្ធញើសឲ្យស្អាតជ្រៅ។")
                        .inShort("Clay mask that clears clogged pores.")
                        .priced("16.00", null, "5.00").inStock(25)
                        .forSkin(OILY).in("masks")
                        .concerns("large pores", "blackheads", "oiliness")
                        .ingredients("Kaolin", "Bentonite", "Water", "Glycerin", "Salicylic Acid", "Tea Tree Leaf Oil")
                        .usage("Apply to the T-zone or whole face, leave for 8 to 10 minutes, rinse off.")
                        .pictured("kaolin-clay-mask").draft(),
                product("SKC-EYE-001", "Caffeine Eye Cream", "ក្រែមលាបជុំវិញភ្នែកកាហ្វេអ៊ីន")
                        .describedAs("A light eye cream with caffeine and peptides that reduces puffiness and "
                                        + "dark circles.",
                                "ក្រែមលាបជុំវិញភ្នែកជាមួយកាហ្វេអ៊ីន ជួយកាត់បន្ថយភាពហើម "
                                        + "និងរង្វង់ខ្មៅក្រោមភ្នែក។")
                        .inShort("De-puffing eye cream with caffeine.")
                        .priced("19.90", null, "6.60").inStock(53)
                        .forSkin(ALL).in("eye-care")
                        .concerns("puffiness", "dark circles", "fine lines")
                        .ingredients("Water", "Caffeine", "Palmitoyl Tripeptide-1", "Niacinamide", "Shea Butter")
                        .usage("Tap a rice-grain amount around the eye area with your ring finger, morning and night.")
                        .pictured("caffeine-eye-cream"),
                product("SKC-EXF-001", "Palm Sugar Gentle Face Scrub", "ស្ក្រាប់មុខស្ករត្នោត")
                        .describedAs("A gentle scrub made with Kampong Speu palm sugar that polishes away dead "
                                        + "skin cells and leaves the skin smooth.",
                                "ស្ក្រាប់មុខពីស្ករត្នោតកំពង់ស្ពឺ ជួយជម្រះកោសិកាស្បែកស្លាប់ដោយទន់ភ្លន់ "
                                        + "ធ្វើឲ្យស្បែករលោង។")
                        .inShort("Palm sugar scrub for smooth skin.")
                        .priced("11.00", null, "3.30").inStock(0)
                        .forSkin(COMBINATION).in("exfoliators")
                        .concerns("uneven texture", "dullness", "blackheads")
                        .ingredients("Borassus Flabellifer (Palm) Sugar", "Cocos Nucifera (Coconut) Oil", "Glycerin",
                                "Tocopherol")
                        .usage("Massage gently onto damp skin in small circles for 30 seconds, rinse. Use once or "
                                + "twice a week.")
                        .pictured("palm-sugar-scrub"));
    }

    private static CategoryDetails category(String name, String slug, int sortOrder, String description) {
        return new CategoryDetails(name, slug, description, null, CATEGORY_IMAGES + slug + ".jpg", true, sortOrder);
    }
}
