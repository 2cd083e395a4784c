// The tag catalogue: conditions people post about and interventions they tried.
// Synonyms are lowercase; they resolve to the tag in filters and search.
import type { TagCategory } from '../../../lib/generated/prisma/enums'

export interface SeedCondition {
  slug: string
  name: string
  synonyms: string[]
  description: string
}

export interface SeedIntervention extends SeedCondition {
  category: TagCategory
}

export const CONDITIONS: SeedCondition[] = [
  { slug: 'acne', name: 'Acne', synonyms: ['acne vulgaris', 'breakouts', 'pimples', 'spots'], description: 'Blocked, inflamed hair follicles: blackheads, whiteheads, papules, pustules and cysts, most often on the face, chest and back.' },
  { slug: 'hormonal-acne', name: 'Hormonal acne', synonyms: ['adult acne', 'jawline acne'], description: 'Acne that follows hormonal cycles, often along the jaw and chin, common in adult women.' },
  { slug: 'eczema', name: 'Eczema', synonyms: ['atopic dermatitis', 'atopic eczema', 'ad'], description: 'A chronic, itchy inflammation of the skin barrier that comes in flares, often starting in childhood.' },
  { slug: 'dyshidrotic-eczema', name: 'Dyshidrotic eczema', synonyms: ['pompholyx', 'dyshidrosis'], description: 'Small, itchy blisters on the palms, fingers and soles.' },
  { slug: 'contact-dermatitis', name: 'Contact dermatitis', synonyms: ['allergic contact dermatitis', 'irritant dermatitis'], description: 'A rash caused by something touching the skin: an allergen or an irritant.' },
  { slug: 'rosacea', name: 'Rosacea', synonyms: ['acne rosacea'], description: 'Facial redness, flushing, visible vessels and sometimes bumps, often triggered by heat, alcohol or spicy food.' },
  { slug: 'psoriasis', name: 'Psoriasis', synonyms: ['plaque psoriasis'], description: 'An immune condition that speeds up skin-cell turnover, leaving thick, scaly plaques.' },
  { slug: 'seborrheic-dermatitis', name: 'Seborrheic dermatitis', synonyms: ['seb derm', 'dandruff', 'seborrhoeic dermatitis'], description: 'Flaky, greasy, red patches on the scalp, eyebrows and sides of the nose, linked to Malassezia yeast.' },
  { slug: 'perioral-dermatitis', name: 'Perioral dermatitis', synonyms: ['pod', 'periorificial dermatitis'], description: 'Small red bumps around the mouth, nose or eyes, often after steroid creams.' },
  { slug: 'hidradenitis-suppurativa', name: 'Hidradenitis suppurativa', synonyms: ['hs', 'acne inversa'], description: 'Painful lumps and tunnels in skin folds such as the armpits and groin.' },
  { slug: 'keratosis-pilaris', name: 'Keratosis pilaris', synonyms: ['kp', 'chicken skin'], description: 'Rough little bumps, usually on the upper arms and thighs.' },
  { slug: 'urticaria', name: 'Hives (urticaria)', synonyms: ['hives', 'chronic urticaria'], description: 'Raised, itchy welts that come and go, sometimes for months.' },
  { slug: 'folliculitis', name: 'Folliculitis', synonyms: ['fungal acne', 'malassezia folliculitis'], description: 'Inflamed hair follicles from bacteria or yeast; the yeast kind is often mistaken for acne.' },
  { slug: 'sensitive-skin', name: 'Sensitive, irritated skin', synonyms: ['skin sensitivity', 'reactive skin', 'dull skin'], description: 'Skin that stings, reddens or reacts easily, without a single diagnosis.' },
]

export const INTERVENTIONS: SeedIntervention[] = [
  // Probiotics: the three strains the article names, then others.
  { slug: 'lactobacillus-rhamnosus-gg', name: 'Lactobacillus rhamnosus GG', category: 'PROBIOTIC', synonyms: ['lgg', 'l. rhamnosus gg', 'culturelle', 'lacticaseibacillus rhamnosus gg'], description: 'One of the most studied probiotic strains; named in the article.' },
  { slug: 'bifidobacterium-longum', name: 'Bifidobacterium longum', category: 'PROBIOTIC', synonyms: ['b. longum', 'bifido longum'], description: 'A common gut bifidobacterium; named in the article.' },
  { slug: 'lactobacillus-plantarum', name: 'Lactobacillus plantarum', category: 'PROBIOTIC', synonyms: ['l. plantarum', 'lactiplantibacillus plantarum', 'lp299v'], description: 'A strain found in fermented vegetables; named in the article.' },
  { slug: 'multi-strain-probiotic', name: 'Multi-strain probiotic', category: 'PROBIOTIC', synonyms: ['probiotic', 'probiotics', 'daily probiotic'], description: 'A capsule with several strains, the way most people take probiotics.' },
  { slug: 'saccharomyces-boulardii', name: 'Saccharomyces boulardii', category: 'PROBIOTIC', synonyms: ['s. boulardii', 'boulardii'], description: 'A probiotic yeast, often taken during or after antibiotics.' },
  { slug: 'topical-probiotic', name: 'Topical probiotic skincare', category: 'TOPICAL', synonyms: ['probiotic skincare', 'probiotic cream'], description: 'Creams and mists with bacterial lysates or live strains, mentioned in the article.' },
  // Prebiotics and diet.
  { slug: 'prebiotic-fiber', name: 'Prebiotic fiber supplement', category: 'PREBIOTIC', synonyms: ['prebiotics', 'inulin', 'psyllium', 'fos', 'gos'], description: 'Fibers such as inulin, FOS, GOS or psyllium that feed gut bacteria.' },
  { slug: 'fermented-foods', name: 'Fermented foods', category: 'DIET', synonyms: ['kefir', 'kimchi', 'sauerkraut', 'yogurt', 'kombucha'], description: 'Kefir, yogurt, kimchi, sauerkraut, miso and the like, eaten regularly.' },
  { slug: 'high-fiber-diet', name: 'More fiber-rich foods', category: 'DIET', synonyms: ['fiber', 'fibre', 'vegetables', 'whole grains'], description: 'More vegetables, fruit, legumes and whole grains, as the article suggests.' },
  { slug: 'less-refined-sugar', name: 'Less refined sugar', category: 'DIET', synonyms: ['low sugar', 'no sugar', 'cutting sugar', 'low glycemic diet', 'low gi'], description: 'Cutting sweets, soft drinks and other refined sugar; often a low-glycaemic diet.' },
  { slug: 'less-dairy', name: 'Less or no dairy', category: 'DIET', synonyms: ['dairy free', 'no milk', 'cutting dairy', 'dairy-free'], description: 'Cutting milk, whey and other dairy, a common experiment for acne.' },
  { slug: 'less-processed-food', name: 'Less processed food', category: 'DIET', synonyms: ['whole foods', 'clean eating', 'cleaner eating', 'no junk food'], description: 'Cooking from whole ingredients instead of packaged and fast food.' },
  { slug: 'gluten-free', name: 'Gluten-free diet', category: 'DIET', synonyms: ['no gluten', 'gluten free'], description: 'Avoiding wheat, barley and rye.' },
  { slug: 'elimination-diet', name: 'Elimination diet', category: 'DIET', synonyms: ['food diary', 'trigger foods', 'low histamine'], description: 'Removing suspected trigger foods and adding them back one at a time.' },
  { slug: 'less-alcohol', name: 'Less alcohol', category: 'DIET', synonyms: ['no alcohol', 'sober', 'quit drinking'], description: 'Cutting down or stopping alcohol.' },
  { slug: 'hydration', name: 'Drinking more water', category: 'LIFESTYLE', synonyms: ['water', 'staying hydrated', 'hydrate'], description: 'Deliberately drinking more water through the day.' },
  // Lifestyle.
  { slug: 'stress-management', name: 'Stress management', category: 'LIFESTYLE', synonyms: ['less stress', 'meditation', 'therapy', 'yoga', 'mindfulness'], description: 'Meditation, therapy, exercise or other ways of lowering stress.' },
  { slug: 'better-sleep', name: 'Better sleep', category: 'LIFESTYLE', synonyms: ['sleep', 'more sleep', 'sleep hygiene'], description: 'More, or more regular, sleep.' },
  { slug: 'regular-exercise', name: 'Regular exercise', category: 'LIFESTYLE', synonyms: ['exercise', 'running', 'gym', 'workout'], description: 'Moving most days of the week.' },
  { slug: 'gentle-skincare', name: 'Simpler, gentle skincare', category: 'TOPICAL', synonyms: ['skin fasting', 'minimal routine', 'gentle cleanser'], description: 'Fewer products: a mild cleanser, a moisturiser and sunscreen.' },
  // Supplements.
  { slug: 'zinc', name: 'Zinc', category: 'SUPPLEMENT', synonyms: ['zinc picolinate', 'zinc gluconate'], description: 'A mineral for skin healing; the article mentions it among skin-supportive nutrients.' },
  { slug: 'vitamin-a', name: 'Vitamin A', category: 'SUPPLEMENT', synonyms: ['retinol supplement', 'beta carotene'], description: 'Oral vitamin A; high doses need a doctor (it is the parent of isotretinoin).' },
  { slug: 'omega-3', name: 'Omega-3 fish oil', category: 'SUPPLEMENT', synonyms: ['fish oil', 'omega 3', 'epa', 'dha', 'algae oil'], description: 'EPA and DHA from fish or algae oil.' },
  { slug: 'vitamin-d', name: 'Vitamin D', category: 'SUPPLEMENT', synonyms: ['vitamin d3', 'd3', 'cholecalciferol'], description: 'Vitamin D3, often taken in winter.' },
  { slug: 'collagen', name: 'Collagen', category: 'SUPPLEMENT', synonyms: ['collagen peptides'], description: 'Collagen peptide powders and drinks.' },
  // Topicals.
  { slug: 'emollients', name: 'Emollients and moisturisers', category: 'TOPICAL', synonyms: ['moisturizer', 'moisturiser', 'emollient', 'ceramides', 'vaseline', 'petrolatum'], description: 'Thick creams and ointments that repair the skin barrier.' },
  { slug: 'benzoyl-peroxide', name: 'Benzoyl peroxide', category: 'TOPICAL', synonyms: ['bpo', 'bp'], description: 'An antibacterial acne wash or gel.' },
  { slug: 'salicylic-acid', name: 'Salicylic acid', category: 'TOPICAL', synonyms: ['bha', 'beta hydroxy acid'], description: 'An exfoliant that clears pores.' },
  { slug: 'topical-retinoid', name: 'Topical retinoid', category: 'TOPICAL', synonyms: ['tretinoin', 'adapalene', 'differin', 'retin-a', 'retinol'], description: 'Tretinoin, adapalene and other vitamin A creams.' },
  { slug: 'azelaic-acid', name: 'Azelaic acid', category: 'TOPICAL', synonyms: ['finacea', 'skinoren'], description: 'A gentle acid used for acne, rosacea and marks.' },
  { slug: 'topical-steroid', name: 'Topical corticosteroid', category: 'TOPICAL', synonyms: ['steroid cream', 'hydrocortisone', 'tcs'], description: 'Steroid creams for eczema and dermatitis flares.' },
  { slug: 'calcineurin-inhibitor', name: 'Topical calcineurin inhibitor', category: 'TOPICAL', synonyms: ['tacrolimus', 'protopic', 'pimecrolimus', 'elidel'], description: 'Non-steroid eczema creams.' },
  { slug: 'ketoconazole', name: 'Ketoconazole', category: 'TOPICAL', synonyms: ['nizoral', 'antifungal shampoo'], description: 'An antifungal shampoo or cream for seborrheic dermatitis and fungal folliculitis.' },
  // Prescriptions and procedures.
  { slug: 'isotretinoin', name: 'Isotretinoin', category: 'MEDICATION', synonyms: ['accutane', 'roaccutane', 'absorica'], description: 'An oral retinoid for severe acne, under close medical supervision.' },
  { slug: 'oral-antibiotics', name: 'Oral antibiotics', category: 'MEDICATION', synonyms: ['doxycycline', 'minocycline', 'lymecycline', 'antibiotics'], description: 'Tetracyclines and others, prescribed for acne and rosacea.' },
  { slug: 'spironolactone', name: 'Spironolactone', category: 'MEDICATION', synonyms: ['spiro', 'aldactone'], description: 'An anti-androgen prescribed for hormonal acne.' },
  { slug: 'hormonal-contraception', name: 'Hormonal contraception', category: 'MEDICATION', synonyms: ['the pill', 'birth control', 'combined pill'], description: 'Combined contraceptive pills, sometimes prescribed for acne.' },
  { slug: 'dupilumab', name: 'Dupilumab', category: 'MEDICATION', synonyms: ['dupixent', 'biologic'], description: 'An injected biologic for moderate to severe eczema.' },
  { slug: 'antihistamines', name: 'Antihistamines', category: 'MEDICATION', synonyms: ['cetirizine', 'loratadine', 'fexofenadine'], description: 'For itch and hives.' },
  { slug: 'phototherapy', name: 'Phototherapy', category: 'PROCEDURE', synonyms: ['light therapy', 'nbuvb', 'uvb'], description: 'Narrow-band UVB sessions for eczema and psoriasis.' },
]
