#!/usr/bin/env python3
"""Generate the evaluation corpora tests/corpora/honest.jsonl and tests/corpora/counterfeit.jsonl.

Standard library only, deterministic (fixed seed): running it twice gives byte-identical files.

The vocabulary, templates, prices and cue phrases below were written from knowledge of how
marketplace listings read (eBay, Amazon, Vinted, Kleinanzeigen, leboncoin, Wallapop, Subito,
Mercado Livre, Avito, Taobao/Xianyu, Mercari, Allegro/OLX, Trendyol/Sahibinden, DHgate,
AliExpress, Instagram shops...). They are deliberately NOT derived from the engine's rule packs
(rules/): the corpora measure the engine, they must not be tuned to it.

Every line is one `knockoff::Listing`. Its `id` carries the label the test uses for breakdowns:

    honest:       "h-00042/<class>/<lang>"                 e.g. "h-00042/branded-used/de"
    counterfeit:  "c-00042/<brand-slug>/<lang>/<signals>"  e.g. "c-00042/rolex/zh/cue+price"

Usage: python3 scripts/gen-corpora.py [--out tests/corpora] [--check]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 20240611
HONEST_TOTAL = 1650
COUNTERFEIT_TOTAL = 1500

LANGS = ("en", "de", "fr", "es", "it", "pt", "ru", "zh", "ja", "pl", "tr")


def tr(text: str) -> dict[str, str]:
    """One phrase in every language, written "en|de|fr|es|it|pt|ru|zh|ja|pl|tr"."""
    parts = text.split("|")
    if len(parts) != len(LANGS):
        raise ValueError(f"need {len(LANGS)} translations: {text!r}")
    return dict(zip(LANGS, parts))


def table(rows: dict[str, str]) -> dict[str, dict[str, str]]:
    return {key: tr(value) for key, value in rows.items()}


# ---------------------------------------------------------------------------------------------
# Vocabulary shared by both corpora
# ---------------------------------------------------------------------------------------------

NOUN = table({
    "watch": "Watch|Uhr|Montre|Reloj|Orologio|Relógio|Часы|手表|腕時計|Zegarek|Saat",
    "bag": "Bag|Tasche|Sac|Bolso|Borsa|Bolsa|Сумка|包|バッグ|Torebka|Çanta",
    "wallet": "Wallet|Geldbörse|Portefeuille|Cartera|Portafoglio|Carteira|Кошелёк|钱包|財布|Portfel|Cüzdan",
    "belt": "Belt|Gürtel|Ceinture|Cinturón|Cintura|Cinto|Ремень|腰带|ベルト|Pasek|Kemer",
    "scarf": "Silk Scarf|Seidentuch|Carré de soie|Pañuelo de seda|Foulard di seta|Lenço de seda|Шёлковый платок|丝巾|スカーフ|Apaszka jedwabna|İpek eşarp",
    "sunglasses": "Sunglasses|Sonnenbrille|Lunettes de soleil|Gafas de sol|Occhiali da sole|Óculos de sol|Солнцезащитные очки|太阳镜|サングラス|Okulary przeciwsłoneczne|Güneş gözlüğü",
    "sneakers": "Sneakers|Sneaker|Baskets|Zapatillas|Sneakers|Tênis|Кроссовки|运动鞋|スニーカー|Buty sportowe|Spor ayakkabı",
    "boots": "Football Boots|Fußballschuhe|Chaussures de foot|Botas de fútbol|Scarpe da calcio|Chuteira|Бутсы|足球鞋|サッカースパイク|Korki|Krampon",
    "sandals": "Sandals|Sandalen|Sandales|Sandalias|Sandali|Sandálias|Сандалии|凉鞋|サンダル|Sandały|Sandalet",
    "flats": "Ballet Flats|Ballerinas|Ballerines|Bailarinas|Ballerine|Sapatilhas|Балетки|芭蕾平底鞋|バレエシューズ|Baleriny|Babet",
    "hoodie": "Hoodie|Kapuzenpullover|Sweat à capuche|Sudadera con capucha|Felpa con cappuccio|Moletom com capuz|Худи|连帽卫衣|パーカー|Bluza z kapturem|Kapüşonlu sweatshirt",
    "tshirt": "T-Shirt|T-Shirt|T-shirt|Camiseta|T-shirt|Camiseta|Футболка|T恤|Tシャツ|Koszulka|Tişört",
    "jacket": "Down Jacket|Daunenjacke|Doudoune|Chaqueta de plumas|Piumino|Jaqueta puffer|Пуховик|羽绒服|ダウンジャケット|Kurtka puchowa|Şişme mont",
    "jersey": "Jersey|Trikot|Maillot|Camiseta|Maglia|Camisa|Джерси|球衣|ユニフォーム|Koszulka meczowa|Forma",
    "polo": "Polo Shirt|Poloshirt|Polo|Polo|Polo|Camisa polo|Поло|POLO衫|ポロシャツ|Koszulka polo|Polo tişört",
    "jeans": "Jeans|Jeans|Jean|Vaqueros|Jeans|Calça jeans|Джинсы|牛仔裤|ジーンズ|Jeansy|Kot pantolon",
    "pants": "Track Pants|Trainingshose|Pantalon de survêtement|Pantalón de chándal|Pantaloni tuta|Calça de treino|Спортивные штаны|运动裤|トラックパンツ|Spodnie dresowe|Eşofman altı",
    "cap": "Cap|Kappe|Casquette|Gorra|Cappellino|Boné|Кепка|棒球帽|キャップ|Czapka z daszkiem|Şapka",
    "socks": "Socks|Socken|Chaussettes|Calcetines|Calzini|Meias|Носки|袜子|ソックス|Skarpetki|Çorap",
    "backpack": "Backpack|Rucksack|Sac à dos|Mochila|Zaino|Mochila|Рюкзак|双肩包|リュック|Plecak|Sırt çantası",
    "bracelet": "Bracelet|Armband|Bracelet|Pulsera|Bracciale|Pulseira|Браслет|手镯|ブレスレット|Bransoletka|Bilezik",
    "necklace": "Necklace|Halskette|Collier|Collar|Collana|Colar|Колье|项链|ネックレス|Naszyjnik|Kolye",
    "earrings": "Earrings|Ohrringe|Boucles d'oreilles|Pendientes|Orecchini|Brincos|Серьги|耳环|ピアス|Kolczyki|Küpe",
    "ring": "Ring|Ring|Bague|Anillo|Anello|Anel|Кольцо|戒指|リング|Pierścionek|Yüzük",
    "charm": "Charm|Charm|Charm|Charm|Charm|Berloque|Шарм|串珠|チャーム|Charms|Charm",
    "perfume": "Perfume|Parfum|Parfum|Perfume|Profumo|Perfume|Парфюм|香水|香水|Perfumy|Parfüm",
    "lipstick": "Lipstick|Lippenstift|Rouge à lèvres|Pintalabios|Rossetto|Batom|Помада|口红|口紅|Pomadka|Ruj",
    "foundation": "Foundation|Foundation|Fond de teint|Base de maquillaje|Fondotinta|Base|Тональный крем|粉底液|ファンデーション|Podkład|Fondöten",
    "serum": "Serum|Serum|Sérum|Sérum|Siero|Sérum|Сыворотка|精华|美容液|Serum|Serum",
    "cream": "Cream|Creme|Crème|Crema|Crema|Creme|Крем|面霜|クリーム|Krem|Krem",
    "spray": "Setting Spray|Fixierspray|Spray fixateur|Spray fijador|Spray fissante|Spray fixador|Фиксирующий спрей|定妆喷雾|ミスト化粧水|Spray utrwalający|Makyaj sabitleyici",
    "eyeshadow": "Eyeshadow Palette|Lidschattenpalette|Palette de fards|Paleta de sombras|Palette ombretti|Paleta de sombras|Палетка теней|眼影盘|アイシャドウパレット|Paleta cieni|Far paleti",
    "phone": "Smartphone|Smartphone|Smartphone|Smartphone|Smartphone|Celular|Смартфон|手机|スマートフォン|Smartfon|Akıllı telefon",
    "earbuds": "Wireless Earbuds|Kabellose Kopfhörer|Écouteurs sans fil|Auriculares inalámbricos|Auricolari wireless|Fone de ouvido sem fio|Беспроводные наушники|无线耳机|ワイヤレスイヤホン|Słuchawki bezprzewodowe|Kablosuz kulaklık",
    "earphones": "Wired Earphones|Kopfhörer mit Kabel|Écouteurs filaires|Auriculares con cable|Auricolari con filo|Fone de ouvido com fio|Проводные наушники|有线耳机|有線イヤホン|Słuchawki przewodowe|Kablolu kulaklık",
    "headphones": "Headphones|Kopfhörer|Casque|Auriculares|Cuffie|Headphone|Наушники|头戴式耳机|ヘッドホン|Słuchawki nauszne|Kulaklık",
    "smartwatch": "Smartwatch|Smartwatch|Montre connectée|Reloj inteligente|Smartwatch|Relógio inteligente|Смарт-часы|智能手表|スマートウォッチ|Smartwatch|Akıllı saat",
    "laptop": "Laptop|Notebook|Ordinateur portable|Portátil|Portatile|Notebook|Ноутбук|笔记本电脑|ノートパソコン|Laptop|Dizüstü bilgisayar",
    "tablet": "Tablet|Tablet|Tablette|Tableta|Tablet|Tablet|Планшет|平板电脑|タブレット|Tablet|Tablet",
    "console": "Console|Konsole|Console|Consola|Console|Console|Игровая приставка|游戏机|ゲーム機|Konsola|Oyun konsolu",
    "controller": "Controller|Controller|Manette|Mando|Controller|Controle|Геймпад|手柄|コントローラー|Kontroler|Oyun kolu",
    "camera": "Camera|Kamera|Appareil photo|Cámara|Fotocamera|Câmera|Фотоаппарат|相机|カメラ|Aparat|Fotoğraf makinesi",
    "speaker": "Bluetooth Speaker|Bluetooth-Lautsprecher|Enceinte Bluetooth|Altavoz Bluetooth|Altoparlante Bluetooth|Caixa de som Bluetooth|Bluetooth-колонка|蓝牙音箱|Bluetoothスピーカー|Głośnik Bluetooth|Bluetooth hoparlör",
    "soundbar": "Soundbar|Soundbar|Barre de son|Barra de sonido|Soundbar|Soundbar|Саундбар|回音壁|サウンドバー|Soundbar|Soundbar",
    "tv": "TV|Fernseher|Téléviseur|Televisor|TV|Smart TV|Телевизор|电视|テレビ|Telewizor|Televizyon",
    "memory_card": "microSD Card|microSD-Karte|Carte microSD|Tarjeta microSD|Scheda microSD|Cartão microSD|Карта памяти microSD|内存卡|microSDカード|Karta microSD|microSD hafıza kartı",
    "sd_card": "SD Card|SD-Karte|Carte SD|Tarjeta SD|Scheda SD|Cartão SD|Карта памяти SD|SD卡|SDカード|Karta SD|SD kart",
    "ssd": "SSD|SSD|SSD|SSD|SSD|SSD|SSD-накопитель|固态硬盘|SSD|Dysk SSD|SSD",
    "usb_drive": "USB Flash Drive|USB-Stick|Clé USB|Memoria USB|Chiavetta USB|Pen drive|USB-флешка|U盘|USBメモリ|Pendrive|USB bellek",
    "charger": "Charger|Ladegerät|Chargeur|Cargador|Caricabatterie|Carregador|Зарядное устройство|充电器|充電器|Ładowarka|Şarj adaptörü",
    "tracker": "Item Tracker|Tracker|Traqueur|Localizador|Localizzatore|Localizador|Трекер|防丢器|トラッカー|Lokalizator|Takip cihazı",
    "stylus": "Stylus|Eingabestift|Stylet|Lápiz digital|Pennino|Caneta stylus|Стилус|手写笔|スタイラスペン|Rysik|Kalem",
    "mouse": "Mouse|Maus|Souris|Ratón|Mouse|Mouse|Мышь|鼠标|マウス|Mysz|Mouse",
    "candy": "Chocolate Candies|Schokolinsen|Bonbons chocolat|Grageas de chocolate|Confetti al cioccolato|Confeitos de chocolate|Драже|巧克力豆|チョコレート|Drażetki|Draje",
    "chocolate_bar": "Chocolate Bars|Schokoriegel|Barres chocolatées|Barritas de chocolate|Barrette di cioccolato|Barras de chocolate|Шоколадные батончики|巧克力棒|チョコバー|Batony|Çikolata bar",
    "dog_food": "Dry Dog Food|Hundetrockenfutter|Croquettes pour chien|Pienso para perros|Crocchette per cani|Ração para cães|Сухой корм для собак|狗粮|ドッグフード|Karma sucha dla psa|Köpek maması",
    "cat_food": "Dry Cat Food|Katzentrockenfutter|Croquettes pour chat|Pienso para gatos|Crocchette per gatti|Ração para gatos|Сухой корм для кошек|猫粮|キャットフード|Karma sucha dla kota|Kedi maması",
    "cat_wet": "Wet Cat Food|Katzennassfutter|Pâtée pour chat|Comida húmeda para gatos|Umido per gatti|Sachê para gatos|Влажный корм для кошек|猫湿粮|ウェットフード|Mokra karma dla kota|Yaş kedi maması",
    "cat_treats": "Cat Treats|Katzensnacks|Friandises pour chat|Snacks para gatos|Snack per gatti|Petisco para gatos|Лакомство для кошек|猫零食|猫用おやつ|Przysmaki dla kota|Kedi ödülü",
    "shelf": "Shelf Unit|Regal|Étagère|Estantería|Scaffale|Estante|Стеллаж|置物架|シェルフ|Regał|Raf ünitesi",
    "vacuum": "Cordless Vacuum|Akku-Staubsauger|Aspirateur sans fil|Aspiradora sin cable|Aspirapolvere senza fili|Aspirador sem fio|Беспроводной пылесос|无线吸尘器|コードレス掃除機|Odkurzacz bezprzewodowy|Şarjlı süpürge",
    "drill": "Cordless Drill|Akkuschrauber|Perceuse visseuse|Taladro atornillador|Trapano avvitatore|Parafusadeira|Шуруповёрт|电钻|ドリルドライバー|Wkrętarka|Şarjlı matkap",
    "mixer": "Stand Mixer|Küchenmaschine|Robot pâtissier|Batidora amasadora|Impastatrice|Batedeira planetária|Планетарный миксер|厨师机|スタンドミキサー|Robot planetarny|Stand mikser",
    "pot": "Dutch Oven|Bräter|Cocotte|Olla de hierro|Casseruola|Caçarola de ferro|Кастрюля чугунная|铸铁锅|ココット|Garnek żeliwny|Döküm tencere",
    "coffee_machine": "Coffee Machine|Kaffeemaschine|Machine à café|Cafetera|Macchina da caffè|Cafeteira|Кофемашина|咖啡机|コーヒーメーカー|Ekspres do kawy|Kahve makinesi",
    "toothbrush": "Electric Toothbrush|Elektrische Zahnbürste|Brosse à dents électrique|Cepillo eléctrico|Spazzolino elettrico|Escova elétrica|Электрическая зубная щётка|电动牙刷|電動歯ブラシ|Szczoteczka elektryczna|Şarjlı diş fırçası",
    "tyre": "Tyre|Reifen|Pneu|Neumático|Pneumatico|Pneu|Шина|轮胎|タイヤ|Opona|Lastik",
    "diapers": "Diapers|Windeln|Couches|Pañales|Pannolini|Fraldas|Подгузники|纸尿裤|おむつ|Pieluszki|Bebek bezi",
    "car_seat": "Infant Car Seat|Babyschale|Siège auto|Silla de coche|Seggiolino auto|Bebê conforto|Автокресло|儿童安全座椅|チャイルドシート|Fotelik samochodowy|Oto koltuğu",
    "toy_set": "Building Set|Bauset|Set de construction|Set de construcción|Set da costruzione|Kit de montar|Конструктор|积木|ブロックセット|Zestaw klocków|Yapı seti",
    "notebook": "Notebook|Notizbuch|Carnet|Cuaderno|Taccuino|Caderno|Блокнот|笔记本|ノート|Notes|Defter",
    "racket": "Badminton Racket|Badmintonschläger|Raquette de badminton|Raqueta de bádminton|Racchetta da badminton|Raquete de badminton|Ракетка для бадминтона|羽毛球拍|バドミントンラケット|Rakieta do badmintona|Badminton raketi",
    "tent": "Tent|Zelt|Tente|Tienda de campaña|Tenda|Barraca|Палатка|帐篷|テント|Namiot|Çadır",
    "bottle": "Tumbler|Thermobecher|Gobelet isotherme|Vaso térmico|Bicchiere termico|Copo térmico|Термокружка|保温杯|タンブラー|Kubek termiczny|Termos bardak",
    "ball": "Ball|Ball|Ballon|Balón|Pallone|Bola|Мяч|球|ボール|Piłka|Top",
})

COLOR = table({
    "black": "Black|Schwarz|Noir|Negro|Nero|Preto|Чёрный|黑色|ブラック|Czarny|Siyah",
    "white": "White|Weiß|Blanc|Blanco|Bianco|Branco|Белый|白色|ホワイト|Biały|Beyaz",
    "red": "Red|Rot|Rouge|Rojo|Rosso|Vermelho|Красный|红色|レッド|Czerwony|Kırmızı",
    "blue": "Blue|Blau|Bleu|Azul|Blu|Azul|Синий|蓝色|ブルー|Niebieski|Mavi",
    "green": "Green|Grün|Vert|Verde|Verde|Verde|Зелёный|绿色|グリーン|Zielony|Yeşil",
    "pink": "Pink|Rosa|Rose|Rosa|Rosa|Rosa|Розовый|粉色|ピンク|Różowy|Pembe",
    "beige": "Beige|Beige|Beige|Beige|Beige|Bege|Бежевый|米色|ベージュ|Beżowy|Bej",
    "brown": "Brown|Braun|Marron|Marrón|Marrone|Marrom|Коричневый|棕色|ブラウン|Brązowy|Kahverengi",
    "grey": "Grey|Grau|Gris|Gris|Grigio|Cinza|Серый|灰色|グレー|Szary|Gri",
    "silver": "Silver|Silber|Argent|Plata|Argento|Prata|Серебристый|银色|シルバー|Srebrny|Gümüş",
    "gold": "Gold|Gold|Or|Dorado|Oro|Dourado|Золотой|金色|ゴールド|Złoty|Altın",
    "navy": "Navy|Marineblau|Bleu marine|Azul marino|Blu navy|Azul-marinho|Тёмно-синий|藏青色|ネイビー|Granatowy|Lacivert",
})

COND = table({
    "new": "New|Neu|Neuf|Nuevo|Nuovo|Novo|Новый|全新|新品|Nowy|Yeni",
    "new_tags": "New with tags|Neu mit Etikett|Neuf avec étiquette|Nuevo con etiqueta|Nuovo con cartellino|Novo com etiqueta|Новый с биркой|全新带吊牌|新品タグ付き|Nowy z metką|Etiketli yeni",
    "sealed": "Sealed|Originalverpackt|Sous blister|Precintado|Sigillato|Lacrado|Запечатанный|未拆封|未開封|Fabrycznie zapakowany|Kutusu açılmamış",
    "like_new": "Like new|Wie neu|Comme neuf|Como nuevo|Come nuovo|Seminovo|Как новый|九成新|美品|Jak nowy|Sıfır ayarında",
    "very_good": "Very good condition|Sehr guter Zustand|Très bon état|Muy buen estado|Ottime condizioni|Ótimo estado|Отличное состояние|成色很好|目立った傷や汚れなし|Bardzo dobry stan|Çok iyi durumda",
    "good": "Good condition|Guter Zustand|Bon état|Buen estado|Buone condizioni|Bom estado|Хорошее состояние|正常使用痕迹|やや傷や汚れあり|Dobry stan|İyi durumda",
    "used": "Used|Gebraucht|Occasion|Usado|Usato|Usado|Б/у|二手|中古|Używany|İkinci el",
    "pre_owned": "Pre-owned|Gebraucht|Seconde main|De segunda mano|Usato garantito|Seminovo|Б/у|闲置|中古品|Używany|Az kullanılmış",
})
NEW_CONDS = ("new", "new_tags", "sealed")
USED_CONDS = ("like_new", "very_good", "good", "used", "pre_owned")

EXTRA = table({
    "receipt": "with receipt|mit Rechnung|avec facture|con factura|con scontrino|com nota fiscal|с чеком|有发票|レシート付き|z paragonem|faturalı",
    "box": "with original box|mit OVP|avec boîte d'origine|con caja original|con scatola originale|com caixa original|в оригинальной коробке|带原盒|箱付き|z oryginalnym pudełkiem|orijinal kutusunda",
    "warranty": "warranty|Garantie|garantie|garantía|garanzia|garantia|гарантия|保修|保証付き|gwarancja|garantili",
    "free_shipping": "free shipping|kostenloser Versand|livraison gratuite|envío gratis|spedizione gratuita|frete grátis|бесплатная доставка|包邮|送料無料|darmowa wysyłka|ücretsiz kargo",
    "authentic": "100% authentic|100% original|100 % authentique|100% original|100% originale|100% original|оригинал|正品|正規品|oryginał|orijinal",
    "pickup": "local pickup|Abholung möglich|remise en main propre|entrega en mano|ritiro a mano|retirada em mãos|самовывоз|可自提|手渡し可|odbiór osobisty|elden teslim",
    "negotiable": "OBO|VB|prix à débattre|negociable|trattabile|aceito propostas|торг|可议价|値下げ交渉可|do negocjacji|pazarlık payı var",
    "fast": "fast dispatch|Versand am selben Tag|expédition rapide|envío 24h|spedizione veloce|envio imediato|быстрая отправка|当天发货|即日発送|wysyłka 24h|hızlı kargo",
    "gift": "great gift|tolles Geschenk|idée cadeau|ideal para regalo|idea regalo|ótimo presente|отличный подарок|送礼佳品|プレゼントに|idealny na prezent|hediyelik",
})
EXTRA_LUX = table({
    "dust_bag": "with dust bag|mit Staubbeutel|avec dustbag|con dust bag|con dustbag|com dust bag|с пыльником|带防尘袋|保存袋付き|z dust bagiem|toz torbalı",
    "full_set": "full set|Full Set|full set|full set|full set|full set|полный комплект|全套|フルセット|komplet|full set",
    "papers": "box & papers|Box & Papiere|boîte et papiers|caja y papeles|scatola e garanzia|caixa e certificado|коробка и документы|盒子证书齐全|箱・保証書付き|pudełko i karta|kutu & garanti belgesi",
})
EXTRA_PHONE = table({
    "unlocked": "Unlocked|ohne Simlock|débloqué|libre|sbloccato|desbloqueado|без привязки|全网通|SIMフリー|bez simlocka|tüm operatörlere açık",
    "battery": "battery 91%|Akku 91%|batterie 91 %|batería 91%|batteria 91%|bateria 91%|АКБ 91%|电池91%|バッテリー91%|bateria 91%|pil sağlığı %91",
    "dual_sim": "Dual SIM|Dual-SIM|double SIM|Dual SIM|Dual SIM|Dual Chip|2 SIM|双卡双待|デュアルSIM|Dual SIM|Çift hat",
})

GENDER = table({
    "men": "Men's|Herren|Homme|Hombre|Uomo|Masculino|Мужские|男款|メンズ|Męskie|Erkek",
    "women": "Women's|Damen|Femme|Mujer|Donna|Feminino|Женские|女款|レディース|Damskie|Kadın",
    "unisex": "Unisex|Unisex|Mixte|Unisex|Unisex|Unissex|Унисекс|男女同款|ユニセックス|Unisex|Unisex",
})

CATEGORY = table({
    "watches": "Watches|Uhren|Montres|Relojes|Orologi|Relógios|Часы|手表|腕時計|Zegarki|Saatler",
    "bags": "Bags & Handbags|Taschen|Sacs à main|Bolsos|Borse|Bolsas|Сумки|箱包|バッグ|Torebki|Çantalar",
    "accessories": "Fashion Accessories|Accessoires|Accessoires|Complementos|Accessori|Acessórios|Аксессуары|服饰配件|ファッション小物|Akcesoria|Aksesuar",
    "shoes": "Shoes|Schuhe|Chaussures|Zapatos|Scarpe|Calçados|Обувь|鞋靴|シューズ|Buty|Ayakkabı",
    "clothing": "Clothing|Kleidung|Vêtements|Ropa|Abbigliamento|Roupas|Одежда|服装|ファッション|Odzież|Giyim",
    "jewellery": "Jewellery|Schmuck|Bijoux|Joyería|Gioielli|Joias|Украшения|珠宝首饰|アクセサリー|Biżuteria|Takı",
    "beauty": "Beauty|Beauty|Beauté|Belleza|Bellezza|Beleza|Красота|美妆|コスメ|Uroda|Kozmetik",
    "fragrance": "Fragrance|Parfum|Parfums|Perfumes|Profumi|Perfumes|Парфюмерия|香水|香水|Perfumy|Parfüm",
    "phones": "Cell Phones & Smartphones|Handys & Smartphones|Téléphones mobiles|Móviles|Cellulari|Celulares|Телефоны|手机|スマートフォン|Telefony|Cep Telefonu",
    "phone_acc": "Phone Accessories|Handyzubehör|Accessoires téléphone|Accesorios móvil|Accessori cellulari|Acessórios para celular|Аксессуары для телефонов|手机配件|スマホアクセサリー|Akcesoria GSM|Telefon aksesuarları",
    "electronics": "Electronics|Elektronik|High-Tech|Electrónica|Elettronica|Eletrônicos|Электроника|数码|家電|Elektronika|Elektronik",
    "audio": "Audio|Audio & HiFi|Audio|Audio|Audio|Áudio|Аудиотехника|影音|オーディオ|Audio|Ses sistemleri",
    "computers": "Computers & Parts|Computer & Zubehör|Informatique|Informática|Informatica|Informática|Компьютеры|电脑配件|PCパーツ|Komputery|Bilgisayar",
    "gaming": "Video Games & Consoles|Konsolen|Jeux vidéo|Videojuegos|Videogiochi|Games|Игры и приставки|电玩|ゲーム|Konsole i gry|Oyun & Konsol",
    "cameras": "Cameras & Photo|Kamera & Foto|Photo|Fotografía|Fotografia|Câmeras|Фототехника|摄影|カメラ|Fotografia|Fotoğraf",
    "grocery": "Grocery|Lebensmittel|Épicerie|Alimentación|Alimentari|Alimentos|Продукты|食品|食品|Spożywcze|Gıda",
    "pets": "Pet Supplies|Haustierbedarf|Animalerie|Mascotas|Animali|Pet Shop|Зоотовары|宠物用品|ペット用品|Zoologiczne|Evcil hayvan",
    "home": "Home & Kitchen|Haushalt & Küche|Maison & Cuisine|Hogar y cocina|Casa e cucina|Casa e Cozinha|Дом и кухня|家居厨房|キッチン用品|Dom i kuchnia|Ev & Mutfak",
    "furniture": "Furniture|Möbel|Meubles|Muebles|Mobili|Móveis|Мебель|家具|家具|Meble|Mobilya",
    "tools": "Tools & DIY|Werkzeug|Bricolage|Bricolaje|Fai da te|Ferramentas|Инструменты|五金工具|工具|Narzędzia|Yapı market",
    "toys": "Toys & Games|Spielzeug|Jouets|Juguetes|Giocattoli|Brinquedos|Игрушки|玩具|おもちゃ|Zabawki|Oyuncak",
    "books": "Books|Bücher|Livres|Libros|Libri|Livros|Книги|图书|本|Książki|Kitap",
    "sports": "Sporting Goods|Sport|Sports|Deportes|Sport|Esportes|Спорт|运动户外|スポーツ|Sport|Spor",
    "car": "Car Parts|Autoteile|Pièces auto|Recambios coche|Ricambi auto|Autopeças|Автозапчасти|汽车配件|カー用品|Części samochodowe|Oto yedek parça",
    "garden": "Garden|Garten|Jardin|Jardín|Giardino|Jardim|Сад|园艺|ガーデニング|Ogród|Bahçe",
    "baby": "Baby|Baby|Bébé|Bebé|Prima infanzia|Bebês|Детские товары|母婴|ベビー用品|Dziecko|Bebek",
    "office": "Office Supplies|Bürobedarf|Fournitures de bureau|Oficina|Cancelleria|Papelaria|Канцтовары|办公用品|文房具|Biuro|Kırtasiye",
    "health": "Health|Gesundheit|Santé|Salud|Salute|Saúde|Здоровье|保健|ヘルスケア|Zdrowie|Sağlık",
    "music": "Musical Instruments|Musikinstrumente|Instruments de musique|Instrumentos musicales|Strumenti musicali|Instrumentos musicais|Музыкальные инструменты|乐器|楽器|Instrumenty|Müzik aletleri",
    "art": "Art & Collectibles|Kunst & Sammeln|Art & Collection|Arte y coleccionismo|Arte e collezionismo|Arte e colecionáveis|Искусство|艺术收藏|アート・コレクション|Sztuka|Sanat & Koleksiyon",
})

KIND_CATEGORY = {
    "watch": "watches", "smartwatch": "electronics", "bag": "bags", "backpack": "bags",
    "wallet": "accessories", "belt": "accessories", "scarf": "accessories", "sunglasses": "accessories",
    "cap": "accessories", "sneakers": "shoes", "boots": "sports", "sandals": "shoes", "flats": "shoes",
    "hoodie": "clothing", "tshirt": "clothing", "jacket": "clothing", "jersey": "sports", "polo": "clothing",
    "jeans": "clothing", "pants": "clothing", "socks": "clothing", "bracelet": "jewellery",
    "necklace": "jewellery", "earrings": "jewellery", "ring": "jewellery", "charm": "jewellery",
    "perfume": "fragrance", "lipstick": "beauty", "foundation": "beauty", "serum": "beauty",
    "cream": "beauty", "spray": "beauty", "eyeshadow": "beauty", "toothbrush": "health",
    "phone": "phones", "earbuds": "audio", "earphones": "audio", "headphones": "audio", "speaker": "audio",
    "soundbar": "audio", "tv": "electronics", "laptop": "computers", "tablet": "computers",
    "console": "gaming", "controller": "gaming", "camera": "cameras", "memory_card": "computers",
    "sd_card": "computers", "ssd": "computers", "usb_drive": "computers", "charger": "phone_acc",
    "tracker": "electronics", "stylus": "computers", "mouse": "computers", "candy": "grocery",
    "chocolate_bar": "grocery", "dog_food": "pets", "cat_food": "pets", "cat_wet": "pets",
    "cat_treats": "pets", "shelf": "furniture", "vacuum": "home", "drill": "tools", "mixer": "home",
    "pot": "home", "coffee_machine": "home", "tyre": "car", "diapers": "baby", "car_seat": "baby",
    "toy_set": "toys", "notebook": "office", "racket": "sports", "tent": "sports", "bottle": "home",
    "ball": "sports",
}

SHOE_KINDS = {"sneakers", "boots", "sandals", "flats"}
SIZED_CLOTHES = {"hoodie", "tshirt", "jacket", "jersey", "polo", "pants"}
GENDERED = SHOE_KINDS | SIZED_CLOTHES | {"watch", "jeans", "sunglasses", "bag", "perfume"}

SIZE_WORD = tr("Size|Gr.|Taille|Talla|Taglia|Tam.|Размер|码|サイズ|Rozm.|Beden")


def shoe_size(rng: random.Random, lang: str) -> str:
    eu = rng.choice([36, 37, 38, 38.5, 39, 40, 40.5, 41, 42, 42.5, 43, 44, 44.5, 45, 46])
    eu_text = str(eu).replace(".0", "") if lang in ("en", "ja", "zh") else str(eu).replace(".", ",")
    if lang == "en":
        us = "%g" % (eu - 33)
        uk = "%g" % (eu - 34)
        return rng.choice([f"Size {us}", f"US {us}", f"UK {uk}", f"EU {eu_text}", f"Size {us} (EU {eu_text})", f"US Men's {us}"])
    if lang == "zh":
        return rng.choice([f"{eu_text}码", f"EU{eu_text}", f"{eu_text}"])
    if lang == "ja":
        cm = round((eu * 2 / 3 - 1.5) * 2) / 2
        return rng.choice([f"{cm:.1f}cm", f"{cm:.1f}cm", f"EU{eu_text}"])
    word = SIZE_WORD[lang]
    if lang == "fr":
        return rng.choice([f"Pointure {eu_text}", f"T{eu_text}", f"{eu_text}"])
    if lang == "tr":
        return rng.choice([f"{eu_text} numara", f"{eu_text} Numara"])
    if lang == "ru":
        return rng.choice([f"р. {eu_text}", f"размер {eu_text}", f"{eu_text} размер"])
    return rng.choice([f"{word} {eu_text}", f"EU {eu_text}", f"{eu_text}"])


def cloth_size(rng: random.Random, lang: str) -> str:
    size = rng.choice(["XS", "S", "M", "M", "L", "L", "XL", "XXL"])
    if lang == "zh":
        return f"{size}码"
    if lang == "ja":
        return f"{size}サイズ"
    if lang == "tr":
        return f"{size} Beden"
    if lang == "en":
        return rng.choice([f"Size {size}", f"Size {size}", size, f"Men's {size}"])
    return rng.choice([f"{SIZE_WORD[lang]} {size}", size])


# ---------------------------------------------------------------------------------------------
# Money: approximate exchange rates (units per US dollar) and how each market prints a price
# ---------------------------------------------------------------------------------------------

RATES = {
    "USD": 1.0, "EUR": 0.92, "GBP": 0.79, "CHF": 0.88, "CAD": 1.37, "AUD": 1.52, "INR": 83.5,
    "JPY": 150.0, "CNY": 7.2, "RUB": 92.0, "PLN": 4.0, "TRY": 36.0, "BRL": 5.4, "MXN": 18.0,
}

LANG_CURRENCIES = {
    "en": [("USD", 56), ("GBP", 20), ("CAD", 6), ("AUD", 7), ("EUR", 5), ("INR", 6)],
    "de": [("EUR", 88), ("CHF", 12)],
    "fr": [("EUR", 92), ("CHF", 8)],
    "es": [("EUR", 65), ("MXN", 35)],
    "it": [("EUR", 100)],
    "pt": [("BRL", 75), ("EUR", 25)],
    "ru": [("RUB", 100)],
    "zh": [("CNY", 100)],
    "ja": [("JPY", 100)],
    "pl": [("PLN", 100)],
    "tr": [("TRY", 100)],
}


def pick_weighted(rng: random.Random, pairs):
    items = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return rng.choices(items, weights=weights, k=1)[0]


def pick_currency(rng: random.Random, lang: str) -> str:
    return pick_weighted(rng, LANG_CURRENCIES[lang])


def shop_round(rng: random.Random, amount: float, cur: str, style: str) -> float:
    """Rounds a local amount the way sellers price: 19.99, 1,250, 129,800円..."""
    if cur in ("JPY",):
        step = 10 if amount < 3000 else 100 if amount < 100000 else 1000
        value = max(step, round(amount / step) * step)
        if style == "retail" and rng.random() < 0.5 and value > step:
            value -= 20 if step == 10 else step // 5 if step >= 100 else 0
        return float(value)
    if cur in ("RUB", "INR", "TRY"):
        step = 1 if amount < 100 else 10 if amount < 5000 else 100 if amount < 100000 else 1000
        value = max(step, round(amount / step) * step)
        if style == "retail" and value >= 100 and rng.random() < 0.6:
            value -= 1 if step <= 10 else 10 if rng.random() < 0.5 else 1
        return float(value)
    if amount >= 1000:
        step = 50 if style == "used" else 10
        value = max(step, round(amount / step) * step)
        if style == "retail" and rng.random() < 0.35:
            value -= rng.choice([1, 5, 10])
        return float(value)
    if amount >= 100:
        if style == "used":
            return float(max(5, round(amount / 5) * 5))
        base = int(amount)
        return float(base) + rng.choice([0.0, 0.99, 0.99, 0.95, 0.0, 0.9]) if base % 10 != 0 else float(base) - rng.choice([0.01, 0.05, 1.0, 0.0])
    if amount >= 10:
        if style == "used":
            return float(max(1, round(amount)))
        return float(int(amount)) + rng.choice([0.99, 0.99, 0.95, 0.49, 0.0, 0.5, 0.9])
    if amount >= 1:
        return float(int(amount)) + rng.choice([0.99, 0.49, 0.79, 0.29, 0.0, 0.5])
    return round(max(0.29, amount), 2)


def group(number: float, decimals: int, thousands: str, point: str, indian: bool = False) -> str:
    text = f"{number:.{decimals}f}"
    whole, _, frac = text.partition(".")
    if indian and len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        whole = ",".join(parts + [tail])
    else:
        parts = []
        while len(whole) > 3:
            parts.insert(0, whole[-3:])
            whole = whole[:-3]
        parts.insert(0, whole)
        whole = thousands.join(parts)
    return whole + (point + frac if decimals else "")


SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥", "RUB": "₽", "PLN": "zł",
          "TRY": "₺", "BRL": "R$", "INR": "₹", "CHF": "CHF", "CAD": "C$", "AUD": "A$", "MXN": "MX$"}


def print_price(rng: random.Random, amount: float, cur: str, lang: str) -> tuple[str, bool]:
    """A price as a shop in that market prints it; the bool says whether the text alone names
    the currency unambiguously (if not, the listing also carries a `currency` field)."""
    cents = amount != int(amount)
    dec = 2 if cents or rng.random() < 0.3 else 0
    if cur == "USD":
        n = group(amount, dec, ",", ".")
        return rng.choice([(f"${n}", False), (f"US ${n}", True), (f"USD {n}", True), (f"${n}", False)])
    if cur == "GBP":
        return (f"£{group(amount, dec, ',', '.')}", True)
    if cur == "CAD":
        return rng.choice([(f"C${group(amount, dec, ',', '.')}", True), (f"CA${group(amount, dec, ',', '.')}", True), (f"${group(amount, dec, ',', '.')} CAD", True)])
    if cur == "AUD":
        return rng.choice([(f"A${group(amount, dec, ',', '.')}", True), (f"AU ${group(amount, dec, ',', '.')}", False), (f"AUD {group(amount, dec, ',', '.')}", True)])
    if cur == "INR":
        n = group(amount, 0, ",", ".", indian=True)
        return rng.choice([(f"₹{n}", True), (f"Rs. {n}", True), (f"₹ {n}", True)])
    if cur == "EUR":
        if lang == "fr":
            sep = rng.choice(["\u202f", "\u00a0", " "])
            return (f"{group(amount, dec, sep, ',')} €", True)
        if lang == "en":
            return (f"€{group(amount, dec, ',', '.')}", True)
        if lang == "it" and rng.random() < 0.5:
            return (f"€ {group(amount, dec, '.', ',')}", True)
        return rng.choice([(f"{group(amount, dec, '.', ',')} €", True), (f"{group(amount, dec, '.', ',')} €", True), (f"EUR {group(amount, dec, '.', ',')}", True)])
    if cur == "CHF":
        if dec == 0 and rng.random() < 0.4:
            return (f"CHF {group(amount, 0, chr(39), '.')}.–", True)
        return (f"CHF {group(amount, dec, chr(39), '.')}", True)
    if cur == "MXN":
        return rng.choice([(f"${group(amount, dec, ',', '.')} MXN", True), (f"MX${group(amount, dec, ',', '.')}", True), (f"$ {group(amount, dec, ',', '.')}", False)])
    if cur == "BRL":
        return (f"R$ {group(amount, 2 if rng.random() < 0.7 else 0, '.', ',')}", True)
    if cur == "RUB":
        sep = rng.choice([" ", "\u00a0"])
        return rng.choice([(f"{group(amount, 0, sep, ',')} ₽", True), (f"{group(amount, 0, sep, ',')} руб.", True), (f"{group(amount, 0, '', ',')} ₽", True)])
    if cur == "PLN":
        return rng.choice([(f"{group(amount, 2, ' ', ',')} zł", True), (f"{group(amount, dec, ' ', ',')} zł", True), (f"{group(amount, dec, '', ',')} zł", True)])
    if cur == "TRY":
        return rng.choice([(f"{group(amount, 2, '.', ',')} TL", False), (f"₺{group(amount, dec, '.', ',')}", True), (f"{group(amount, dec, '.', ',')} ₺", True)])
    if cur == "JPY":
        n = group(amount, 0, ",", ".")
        return rng.choice([(f"¥{n}", True), (f"{n}円", True), (f"￥{n}", False), (f"{n}円（税込）", True)])
    if cur == "CNY":
        n = group(amount, dec, "", ".")
        # Taobao prints "¥" for renminbi; the page's currency says which yen-sign it is.
        return rng.choice([(f"¥{n}", False), (f"{n}元", True), (f"￥{n}", False), (f"CN¥{n}", True)])
    raise KeyError(cur)


def make_price(rng: random.Random, usd: float, lang: str, style: str, cur: str | None = None) -> dict:
    """Fields `price` (and usually `currency`) for an amount given in US dollars."""
    cur = cur or pick_currency(rng, lang)
    local = usd * RATES[cur]
    if style != "exact":
        local = shop_round(rng, local, cur, style)
    mode = rng.random()
    if mode < 0.3:
        return {"price": local if local != int(local) else int(local), "currency": cur}
    text, unambiguous = print_price(rng, local, cur, lang)
    if not unambiguous or rng.random() < 0.5:
        return {"price": text, "currency": cur}
    return {"price": text}


# ---------------------------------------------------------------------------------------------
# Brands: how they are written natively, abbreviated, misspelt and nicknamed
# ---------------------------------------------------------------------------------------------

class Brand:
    def __init__(self, slug, name, zh, ja, ru, abbr=(), missp=(), slang=(), lux=False):
        self.slug, self.name, self.zh, self.ja, self.ru = slug, name, zh, ja, ru
        self.abbr, self.missp, self.slang, self.lux = list(abbr), list(missp), list(slang), lux


BRANDS = {b.slug: b for b in [
    Brand("louis-vuitton", "Louis Vuitton", "路易威登", "ルイヴィトン", "Луи Виттон", ["LV"], ["Louis Vuiton", "Louis Vitton", "Luis Vuitton", "Louis Vuittion", "Loius Vuitton", "Lous Vuiton"], ["驴家", "LV家"], lux=True),
    Brand("gucci", "Gucci", "古驰", "グッチ", "Гуччи", ["GG"], ["Guchi", "Gucchi", "Guccy", "Gicci", "Gucii", "Gucci's"], ["G家", "古家"], lux=True),
    Brand("chanel", "Chanel", "香奈儿", "シャネル", "Шанель", ["CC"], ["Chanell", "Chanelle", "Chnel", "Shanel", "Channel"], ["香奶奶", "小香"], lux=True),
    Brand("hermes", "Hermès", "爱马仕", "エルメス", "Эрмес", [], ["Hermess", "Hermmes", "Hermés", "Hermez", "Hemes"], ["爱马", "H家"], lux=True),
    Brand("prada", "Prada", "普拉达", "プラダ", "Прада", [], ["Pradda", "Prade", "Parda", "Pradaa"], ["P家", "普家"], lux=True),
    Brand("dior", "Dior", "迪奥", "ディオール", "Диор", ["CD"], ["Diorr", "Dioor", "Deor", "Diorre"], ["迪家", "D家"], lux=True),
    Brand("balenciaga", "Balenciaga", "巴黎世家", "バレンシアガ", "Баленсиага", [], ["Balenciaja", "Balenciga", "Balenciagga", "Balencaiga", "Balenziaga"], ["巴黎家", "B家"], lux=True),
    Brand("rolex", "Rolex", "劳力士", "ロレックス", "Ролекс", [], ["Rolexx", "Rollex", "Rolax", "Rolx", "Roleks"], ["劳家", "劳"], lux=True),
    Brand("omega", "Omega", "欧米茄", "オメガ", "Омега", [], ["Omegaa", "Omeega", "Omaga", "Omege"], ["欧米"], lux=True),
    Brand("cartier", "Cartier", "卡地亚", "カルティエ", "Картье", [], ["Cartie", "Catier", "Cartieri", "Carier", "Cartiér"], ["卡家"], lux=True),
    Brand("tag-heuer", "TAG Heuer", "泰格豪雅", "タグホイヤー", "Таг Хойер", [], ["Tag Hauer", "Tag Heur", "Tag Heuers", "TagHeure", "Tag Hueur"], ["豪雅"], lux=True),
    Brand("samsung", "Samsung", "三星", "サムスン", "Самсунг", [], ["Sumsung", "Samsumg", "Samsang", "Sansung", "Samsun"]),
    Brand("apple", "Apple", "苹果", "アップル", "Эппл", [], ["Appel", "Aple", "Applle", "Aplle"]),
    Brand("sony", "Sony", "索尼", "ソニー", "Сони", [], ["Soni", "Sonny", "Sonyy", "Somy"]),
    Brand("bose", "Bose", "博士", "ボーズ", "Боуз", [], ["Bosee", "Boze", "Bosse", "Boss Audio"]),
    Brand("sandisk", "SanDisk", "闪迪", "サンディスク", "Сандиск", [], ["Sandisc", "San Disk", "Sandiskk", "SanDsik", "Sundisk"]),
    Brand("nike", "Nike", "耐克", "ナイキ", "Найк", [], ["Nikee", "Nkie", "Nikey", "Niike", "Naik"], ["钩子"]),
    Brand("adidas", "adidas", "阿迪达斯", "アディダス", "Адидас", [], ["Addidas", "Adiddas", "Adidass", "Adibas", "Abibas"], ["阿迪"]),
    Brand("new-balance", "New Balance", "新百伦", "ニューバランス", "Нью Бэланс", ["NB"], ["New Balence", "New Balanse", "Neu Balance", "New Ballance"], ["NB家"]),
    Brand("mac", "MAC", "魅可", "マック", "МАК", ["M·A·C"], ["Mak", "MAK", "M.A.K"], ["魅可"]),
    Brand("estee-lauder", "Estée Lauder", "雅诗兰黛", "エスティローダー", "Эсте Лаудер", [], ["Estee Louder", "Estee Lauter", "Este Lauder", "Estee Lader", "Estée Lauda"], ["雅诗"]),
    Brand("mms", "M&M's", "M&M's", "エムアンドエムズ", "M&M's", [], ["M&N's", "MnM's", "M & M", "M&M`s"]),
    Brand("snickers", "Snickers", "士力架", "スニッカーズ", "Сникерс", [], ["Snikers", "Sniker", "Snickres", "Snickerz"]),
    Brand("royal-canin", "Royal Canin", "皇家", "ロイヤルカナン", "Роял Канин", ["RC"], ["Royal Kanin", "Royal Canine", "Royl Canin", "Roial Canin"]),
    Brand("whiskas", "Whiskas", "伟嘉", "ウィスカス", "Вискас", [], ["Wiskas", "Whiskes", "Whiskass", "Viskas"]),
    Brand("moncler", "Moncler", "盟可睐", "モンクレール", "Монклер", [], ["Monkler", "Monclear", "Moncleer", "Moncer"], ["蒙口"], lux=True),
    Brand("ray-ban", "Ray-Ban", "雷朋", "レイバン", "Рэй Бэн", [], ["Ray Bon", "Rai-Ban", "Ray-Bam", "RayBen"]),
    Brand("saint-laurent", "Saint Laurent", "圣罗兰", "サンローラン", "Сен-Лоран", ["YSL"], ["Saint Lauren", "St Laurant", "Yves Saint Laurant", "Saint Loran"], ["Y家"], lux=True),
    Brand("pandora", "Pandora", "潘多拉", "パンドラ", "Пандора", [], ["Pandorra", "Pandra", "Pandore", "Pandoraa"]),
    Brand("canada-goose", "Canada Goose", "加拿大鹅", "カナダグース", "Канада Гус", [], ["Canada Gose", "Canda Goose", "Canada Goos", "Canada Gooze"], ["大鹅"], lux=True),
]}


# ---------------------------------------------------------------------------------------------
# Catalogue: real products with the prices they sell at (US dollars), new and used
# ---------------------------------------------------------------------------------------------

class Product:
    def __init__(self, brand, model, kind, new, used=None, specs=(), colors=(), nick=None):
        self.brand = brand            # slug in BRANDS, or a display name for other brands
        self.model = model
        self.kind = kind              # key of NOUN (or None: the model says what it is)
        self.new = new                # (low, high) US$ for new
        self.used = used              # (low, high) US$ used/pre-owned, None if not sold used
        self.specs = list(specs)      # language-neutral details: refs, sizes, capacities
        self.colors = list(colors)    # keys of COLOR
        self.nick = nick              # a nickname sellers use ("Hulk", "Panda")

    @property
    def target(self) -> bool:
        return self.brand in BRANDS

    @property
    def brand_name(self) -> str:
        return BRANDS[self.brand].name if self.target else self.brand

    @property
    def category(self) -> str:
        return KIND_CATEGORY.get(self.kind, "electronics")


P = Product
CATALOGUE = [
    # Louis Vuitton
    P("louis-vuitton", "Neverfull MM", "bag", (2030, 2250), (1100, 1800), ["Monogram Canvas", "Damier Ebène", "Damier Azur", "MM", "GM", "M40995"], ["beige", "red", "pink"]),
    P("louis-vuitton", "Speedy Bandoulière 25", "bag", (1900, 2300), (1000, 1600), ["Monogram", "Damier Ebène", "25", "M41113"], []),
    P("louis-vuitton", "Pochette Métis", "bag", (2900, 3400), (2000, 2900), ["Monogram Reverse", "Empreinte", "M44875"], ["black", "beige"]),
    P("louis-vuitton", "Keepall Bandoulière 55", "bag", (2600, 3000), (1100, 1900), ["Monogram", "Monogram Eclipse", "55"], []),
    P("louis-vuitton", "Zippy Wallet", "wallet", (1000, 1300), (400, 800), ["Monogram", "Damier Ebène", "M42616"], ["red", "pink"]),
    P("louis-vuitton", "Reversible Belt 40mm", "belt", (700, 900), (300, 550), ["LV Initiales", "90cm", "95cm", "100cm"], ["black", "brown"]),
    P("louis-vuitton", "LV Trainer", "sneakers", (1100, 1400), (450, 800), ["1A9JGN", "Denim", "Monogram"], ["white", "black"]),
    # Gucci
    P("gucci", "GG Marmont Small Matelassé Shoulder Bag", "bag", (2300, 2800), (900, 1600), ["443497", "Chevron", "Small", "Mini"], ["black", "red", "pink", "beige"]),
    P("gucci", "Dionysus GG Supreme Small", "bag", (2600, 3500), (1000, 1800), ["400249", "GG Supreme", "Small"], ["beige", "black"]),
    P("gucci", "Jackie 1961 Small Shoulder Bag", "bag", (3000, 3600), (1400, 2200), ["636709", "Small", "GG canvas"], ["beige", "black", "brown"]),
    P("gucci", "Ophidia GG Medium Tote", "bag", (1800, 2400), (600, 1200), ["631685", "GG Supreme", "Web stripe"], ["beige", "brown"]),
    P("gucci", "Ace Leather Sneaker", "sneakers", (650, 800), (200, 400), ["Web detail", "Bee", "386750"], ["white"]),
    P("gucci", "GG Marmont Leather Belt 4cm", "belt", (450, 600), (200, 350), ["85cm", "90cm", "95cm", "400593"], ["black", "brown"]),
    P("gucci", "Bloom Eau de Parfum", "perfume", (75, 135), None, ["30ml", "50ml", "100ml", "EDP"], []),
    P("gucci", "GG Square Sunglasses", "sunglasses", (320, 500), (150, 250), ["GG0036S", "GG1084S", "54mm"], ["black", "brown"]),
    P("gucci", "Horsebit 1955 Shoulder Bag", "bag", (2800, 3400), (1200, 2000), ["602204", "GG Supreme"], ["beige", "brown"]),
    # Chanel
    P("chanel", "Classic 11.12 Flap Bag Medium", "bag", (9500, 11000), (6500, 9500), ["Caviar", "Lambskin", "Gold Hardware", "Silver Hardware", "A01112"], ["black", "beige", "red", "navy"]),
    P("chanel", "Boy Bag Medium", "bag", (6000, 7000), (3500, 5500), ["Caviar", "Lambskin", "Ruthenium Hardware"], ["black", "grey"]),
    P("chanel", "19 Flap Bag", "bag", (6000, 6800), (4000, 5500), ["Lambskin", "Large", "AS1161"], ["black", "beige"]),
    P("chanel", "N°5 Eau de Parfum", "perfume", (120, 190), None, ["35ml", "50ml", "100ml", "EDP", "Vaporisateur"], []),
    P("chanel", "Coco Mademoiselle Eau de Parfum", "perfume", (110, 180), None, ["35ml", "50ml", "100ml", "EDP"], []),
    P("chanel", "Rouge Allure Velvet Lipstick", "lipstick", (42, 50), None, ["#58 Rouge Vie", "#43 La Favorite", "#63 Nightfall", "3.5g"], []),
    P("chanel", "Ballerina Flats", "flats", (850, 1100), (350, 650), ["Lambskin", "Cap toe", "G02819"], ["black", "beige"]),
    P("chanel", "Les Beiges Healthy Glow Foundation", "foundation", (60, 75), None, ["30ml", "B20", "BD21", "SPF 25"], []),
    # Hermès
    P("hermes", "Birkin 30", "bag", (18000, 32000), (16000, 30000), ["Togo", "Epsom", "Clemence", "Gold Hardware", "Palladium Hardware"], ["black", "brown", "gold"]),
    P("hermes", "Kelly 28 Sellier", "bag", (16000, 30000), (14000, 26000), ["Epsom", "Box calf", "Gold Hardware"], ["black", "brown"]),
    P("hermes", "Oran Sandals", "sandals", (700, 900), (300, 550), ["Box calfskin", "H cut-out"], ["gold", "black", "white"]),
    P("hermes", "H Belt Reversible 32mm", "belt", (850, 1100), (450, 700), ["Constance buckle", "85cm", "90cm", "Epsom"], ["black", "gold"]),
    P("hermes", "Carré 90 Silk Twill", "scarf", (450, 600), (200, 380), ["Brides de Gala", "Cheval Surprise", "90 x 90 cm"], []),
    P("hermes", "Clic H Bracelet", "bracelet", (700, 850), (400, 600), ["PM", "GM", "Enamel", "Rose gold plated"], ["red", "black", "white"]),
    P("hermes", "Terre d'Hermès Eau de Toilette", "perfume", (110, 170), None, ["50ml", "100ml", "EDT"], []),
    P("hermes", "Evelyne III PM", "bag", (3500, 4500), (2200, 3200), ["Clemence", "PM", "29cm"], ["gold", "black", "grey"]),
    # Prada
    P("prada", "Re-Edition 2005 Re-Nylon Bag", "bag", (1800, 2300), (900, 1500), ["1BH204", "Re-Nylon", "Saffiano trim"], ["black", "pink", "white"]),
    P("prada", "Galleria Saffiano Medium", "bag", (3800, 4700), (1500, 2800), ["1BA863", "Saffiano leather"], ["black", "beige", "navy"]),
    P("prada", "Linea Rossa Sunglasses", "sunglasses", (250, 450), (120, 220), ["PS 53PS", "PS 01US", "56mm"], ["black", "grey"]),
    P("prada", "America's Cup Sneakers", "sneakers", (750, 950), (250, 450), ["4E3400", "Patent leather"], ["white", "black"]),
    P("prada", "Luna Rossa Carbon Eau de Toilette", "perfume", (90, 140), None, ["50ml", "100ml", "150ml", "EDT"], []),
    P("prada", "Re-Nylon Backpack", "backpack", (1500, 2100), (700, 1200), ["2VZ048", "Triangle logo"], ["black", "navy"]),
    P("prada", "Cleo Brushed Leather Shoulder Bag", "bag", (3000, 3600), (1500, 2400), ["1BD311", "Brushed leather"], ["black", "white"]),
    # Dior
    P("dior", "Saddle Bag Oblique", "bag", (4000, 4600), (2200, 3500), ["M0446", "Dior Oblique jacquard"], ["blue", "beige"]),
    P("dior", "Book Tote Medium", "bag", (3600, 4200), (2000, 3000), ["M1296", "Oblique embroidery", "36 cm"], ["blue", "black"]),
    P("dior", "Lady Dior Medium", "bag", (6000, 6800), (3500, 5000), ["Cannage lambskin", "M0565", "Gold-finish"], ["black", "pink"]),
    P("dior", "B23 High-Top Sneaker", "sneakers", (1100, 1300), (400, 700), ["Oblique canvas", "3SH118"], ["white", "black"]),
    P("dior", "Sauvage Eau de Toilette", "perfume", (100, 160), None, ["60ml", "100ml", "200ml", "EDT"], []),
    P("dior", "Addict Lip Glow", "lipstick", (38, 45), None, ["001 Pink", "004 Coral", "012 Rosewood", "3.2g"], []),
    P("dior", "J'adore Eau de Parfum", "perfume", (110, 180), None, ["50ml", "100ml", "EDP"], []),
    # Balenciaga
    P("balenciaga", "Triple S Sneaker", "sneakers", (1050, 1250), (350, 650), ["536737", "Clear sole"], ["white", "black", "beige"]),
    P("balenciaga", "Speed Trainer", "sneakers", (750, 1000), (250, 450), ["Speed 2.0", "Knit"], ["black", "white"]),
    P("balenciaga", "Le City Medium", "bag", (2500, 3000), (900, 1600), ["Arena lambskin", "Aged brass"], ["black", "brown"]),
    P("balenciaga", "Hourglass Small Top Handle", "bag", (2600, 3200), (1200, 2000), ["Box calfskin", "B logo"], ["black", "pink"]),
    P("balenciaga", "Le Cagole Shoulder Bag", "bag", (2500, 3200), (1300, 2000), ["Arena lambskin", "Heart mirror", "XS"], ["black", "white"]),
    P("balenciaga", "Logo Hoodie Oversized", "hoodie", (900, 1300), (350, 600), ["Political Campaign", "Cotton fleece"], ["black", "grey"]),
    P("balenciaga", "Track Sneaker", "sneakers", (1000, 1200), (350, 600), ["542023", "Track 2"], ["white", "black"]),
    # Rolex
    P("rolex", "Submariner Date", "watch", (12500, 16000), (10000, 13500), ["126610LN", "41mm", "Oystersteel", "Black Dial", "Ceramic Bezel"], [], "Sub"),
    P("rolex", "Submariner Date \"Hulk\"", "watch", (16000, 21000), (15000, 19000), ["116610LV", "40mm", "Green Dial"], [], "Hulk"),
    P("rolex", "Datejust 36", "watch", (9500, 13000), (7000, 10000), ["126234", "36mm", "Jubilee", "Oyster", "Fluted Bezel", "Blue Dial", "Wimbledon Dial"], []),
    P("rolex", "Datejust 41", "watch", (11000, 15000), (9000, 12500), ["126334", "41mm", "Jubilee", "Slate Dial", "Mint Green Dial"], []),
    P("rolex", "GMT-Master II \"Pepsi\"", "watch", (18000, 24000), (16000, 21000), ["126710BLRO", "40mm", "Jubilee"], [], "Pepsi"),
    P("rolex", "Cosmograph Daytona", "watch", (26000, 34000), (23000, 30000), ["116500LN", "40mm", "White Dial", "Panda"], [], "Panda"),
    P("rolex", "Oyster Perpetual 41", "watch", (7000, 9500), (6000, 8500), ["124300", "41mm", "Green Dial", "Bright Blue Dial"], []),
    P("rolex", "Explorer", "watch", (7000, 9000), (6000, 7800), ["124270", "36mm", "224270", "40mm"], []),
    P("rolex", "Datejust 36 vintage", "watch", (6500, 8000), (5500, 7800), ["16234", "36mm", "1998", "Jubilee", "Silver Dial"], []),
    # Omega
    P("omega", "Seamaster Diver 300M", "watch", (5600, 6200), (3600, 4800), ["210.30.42.20.01.001", "42mm", "Blue Dial", "Co-Axial"], []),
    P("omega", "Speedmaster Moonwatch Professional", "watch", (6800, 7600), (5000, 6200), ["310.30.42.50.01.002", "42mm", "Hesalite", "Sapphire sandwich"], []),
    P("omega", "Constellation 29mm", "watch", (5000, 6500), (2800, 4200), ["131.10.29.20.55.001", "Diamonds", "Mother of pearl"], []),
    P("omega", "Seamaster Aqua Terra 150M", "watch", (6000, 6800), (3800, 5000), ["220.10.38.20.03.001", "38mm", "41mm"], []),
    P("omega", "Seamaster Planet Ocean 600M", "watch", (6800, 7800), (4200, 5600), ["215.30.44.21.01.001", "43.5mm"], []),
    P("omega", "x Swatch MoonSwatch Mission to Mars", "watch", (260, 400), (200, 300), ["SO33M100", "Bioceramic", "42mm"], []),
    # Cartier
    P("cartier", "Santos de Cartier Medium", "watch", (6500, 7800), (5000, 6500), ["WSSA0029", "35mm", "QuickSwitch"], []),
    P("cartier", "Tank Must Large", "watch", (2800, 3400), (2000, 2800), ["WSTA0041", "Quartz", "33.7mm"], []),
    P("cartier", "Ballon Bleu 36mm", "watch", (5500, 7000), (3500, 5000), ["W6920046", "Automatic", "Steel"], []),
    P("cartier", "Love Bracelet 18K Yellow Gold", "bracelet", (6500, 7800), (4500, 6200), ["Size 16", "Size 17", "Size 18", "B6067517"], []),
    P("cartier", "Juste un Clou Bracelet", "bracelet", (7000, 8500), (5000, 6800), ["Size 16", "Size 17", "18K rose gold"], []),
    P("cartier", "Trinity Ring Classic", "ring", (1500, 2200), (900, 1400), ["Size 52", "Size 54", "Three golds"], []),
    P("cartier", "Panthère de Cartier Small", "watch", (6000, 7500), (4000, 5500), ["WSPN0006", "Quartz"], []),
    # TAG Heuer
    P("tag-heuer", "Carrera Chronograph 42mm", "watch", (5900, 6500), (3800, 4800), ["CBN2A1A.BA0643", "Calibre Heuer 02"], []),
    P("tag-heuer", "Carrera Date 39mm", "watch", (3000, 3600), (1800, 2600), ["WBN2111", "Automatic"], []),
    P("tag-heuer", "Aquaracer Professional 300", "watch", (3000, 3800), (1800, 2600), ["WBP201A", "43mm", "Calibre 5"], []),
    P("tag-heuer", "Formula 1 Quartz 43mm", "watch", (1400, 1900), (700, 1200), ["WAZ1110", "Chronograph"], []),
    P("tag-heuer", "Monaco Calibre 11", "watch", (6500, 7500), (4500, 5600), ["CAW211P", "39mm", "Steve McQueen"], []),
    P("tag-heuer", "Connected Calibre E4 45mm", "smartwatch", (1800, 2400), (800, 1300), ["SBR8A10", "Wear OS"], []),
    # Samsung
    P("samsung", "Galaxy S24 Ultra", "phone", (1100, 1300), (650, 950), ["256GB", "512GB", "12GB RAM", "SM-S928B", "Titanium Black", "Titanium Gray"], []),
    P("samsung", "Galaxy S24", "phone", (760, 860), (450, 620), ["128GB", "256GB", "SM-S921B", "Onyx Black", "Marble Grey"], []),
    P("samsung", "Galaxy A55 5G", "phone", (380, 480), (250, 330), ["128GB", "256GB", "SM-A556B"], ["black", "blue"]),
    P("samsung", "Galaxy A15", "phone", (150, 200), (90, 130), ["128GB", "4GB RAM", "SM-A155F"], ["black", "blue"]),
    P("samsung", "Galaxy Z Flip5", "phone", (800, 1000), (450, 650), ["256GB", "512GB", "SM-F731B", "Mint", "Graphite"], []),
    P("samsung", "Galaxy Buds2 Pro", "earbuds", (150, 230), (80, 120), ["SM-R510", "ANC", "Bora Purple"], ["black", "white"]),
    P("samsung", "Galaxy Watch6 Classic 47mm", "smartwatch", (330, 430), (180, 260), ["SM-R960", "Bluetooth", "LTE"], ["black", "silver"]),
    P("samsung", "990 PRO 2TB NVMe", "ssd", (150, 210), None, ["MZ-V9P2T0BW", "PCIe 4.0", "M.2 2280", "2TB"], []),
    P("samsung", "T7 Shield 1TB Portable", "ssd", (90, 130), (60, 80), ["MU-PE1T0S", "USB 3.2", "1TB"], ["black", "blue", "beige"]),
    P("samsung", "EVO Plus microSDXC 256GB", "memory_card", (18, 30), None, ["256GB", "U3", "A2", "V30", "MB-MC256SA"], []),
    P("samsung", "Galaxy Tab S9", "tablet", (700, 900), (450, 600), ["128GB", "Wi-Fi", "SM-X710", "11\""], ["grey", "beige"]),
    P("samsung", "55\" QLED Q80C 4K", "tv", (800, 1100), (450, 650), ["QE55Q80C", "120Hz", "HDR10+"], []),
    P("samsung", "25W Super Fast Charger", "charger", (12, 22), None, ["EP-TA800", "USB-C", "PD 3.0"], ["black", "white"]),
    # Apple
    P("apple", "iPhone 15", "phone", (700, 830), (500, 650), ["128GB", "256GB", "A3090", "Unlocked"], ["black", "blue", "pink", "green"]),
    P("apple", "iPhone 15 Pro", "phone", (999, 1150), (650, 900), ["128GB", "256GB", "512GB", "Natural Titanium", "Blue Titanium"], []),
    P("apple", "iPhone 15 Pro Max", "phone", (1199, 1400), (800, 1050), ["256GB", "512GB", "1TB", "Natural Titanium", "Black Titanium"], []),
    P("apple", "iPhone 16", "phone", (799, 929), (620, 760), ["128GB", "256GB", "Ultramarine", "Teal"], ["black", "white", "pink"]),
    P("apple", "iPhone 13", "phone", (450, 600), (300, 450), ["128GB", "256GB", "Midnight", "Starlight"], ["blue", "pink"]),
    P("apple", "iPhone 12", "phone", (380, 480), (200, 320), ["64GB", "128GB"], ["black", "white", "blue"]),
    P("apple", "AirPods Pro (2nd generation)", "earbuds", (189, 249), (110, 170), ["MagSafe Case", "USB-C", "MTJV3"], []),
    P("apple", "AirPods 4", "earbuds", (119, 179), (80, 120), ["Active Noise Cancellation", "USB-C"], []),
    P("apple", "AirPods Max", "headphones", (449, 549), (280, 400), ["USB-C", "Lightning", "Space Gray", "Sky Blue"], ["silver", "pink"]),
    P("apple", "Watch Series 9 45mm", "smartwatch", (399, 479), (220, 320), ["GPS", "GPS + Cellular", "Aluminium", "Sport Band"], ["black", "pink", "silver"]),
    P("apple", "Watch Ultra 2 49mm", "smartwatch", (749, 799), (520, 650), ["Titanium", "GPS + Cellular", "Ocean Band", "Alpine Loop"], []),
    P("apple", "MacBook Air 13\" M2", "laptop", (899, 1199), (650, 900), ["8GB", "256GB", "16GB", "512GB", "Midnight"], ["silver", "grey"]),
    P("apple", "MacBook Pro 14\" M3", "laptop", (1599, 1999), (1150, 1600), ["8GB", "512GB", "18GB", "Space Black"], ["silver"]),
    P("apple", "iPad 10th generation", "tablet", (329, 449), (220, 320), ["64GB", "256GB", "Wi-Fi", "10.9\""], ["blue", "pink", "silver"]),
    P("apple", "Pencil (2nd generation)", "stylus", (99, 129), (55, 85), ["MU8F2ZM/A"], []),
    P("apple", "AirTag 4 Pack", "tracker", (89, 99), None, ["MX542ZM/A"], []),
    P("apple", "AirTag", "tracker", (25, 29), None, ["MX532ZM/A", "1 Pack"], []),
    P("apple", "20W USB-C Power Adapter", "charger", (15, 19), None, ["MHJA3ZM/A", "Original"], []),
    P("apple", "Magic Mouse", "mouse", (79, 99), (40, 60), ["MK2E3ZM/A", "Multi-Touch"], ["white", "black"]),
    P("apple", "EarPods (USB-C)", "earphones", (17, 19), None, ["MTJY3ZM/A"], []),
    # Sony
    P("sony", "WH-1000XM5", "headphones", (300, 400), (180, 260), ["Noise Cancelling", "30h battery"], ["black", "silver", "blue"]),
    P("sony", "WF-1000XM5", "earbuds", (230, 300), (140, 190), ["Noise Cancelling", "LDAC"], ["black", "silver"]),
    P("sony", "PlayStation 5 Slim Disc Edition", "console", (450, 520), (330, 420), ["1TB", "CFI-2016", "CFI-2000"], []),
    P("sony", "DualSense Wireless Controller", "controller", (60, 75), (35, 50), ["CFI-ZCT1W", "PS5"], ["white", "black", "red", "blue"]),
    P("sony", "Alpha 7 IV Full-Frame Mirrorless Body", "camera", (2200, 2500), (1600, 2000), ["ILCE-7M4", "33MP", "4K 60p"], []),
    P("sony", "ZV-1 II Vlog Camera", "camera", (700, 900), (450, 600), ["ZV-1M2", "18-50mm"], ["black", "white"]),
    P("sony", "Bravia XR 55\" A80L OLED", "tv", (1300, 1800), (800, 1100), ["XR-55A80L", "4K", "Google TV"], []),
    P("sony", "SRS-XB100", "speaker", (50, 60), (30, 40), ["IP67", "Extra Bass"], ["black", "blue", "grey"]),
    P("sony", "Xperia 1 V", "phone", (900, 1200), (550, 750), ["256GB", "XQ-DQ54", "5G"], ["black", "green"]),
    P("sony", "WH-CH520", "headphones", (40, 60), (20, 30), ["Bluetooth", "50h battery"], ["black", "white", "blue"]),
    # Bose
    P("bose", "QuietComfort Ultra Headphones", "headphones", (380, 430), (220, 300), ["Noise Cancelling", "Spatial Audio"], ["black", "white"]),
    P("bose", "QuietComfort 45", "headphones", (230, 330), (130, 190), ["Noise Cancelling", "Bluetooth"], ["black", "white"]),
    P("bose", "QuietComfort Earbuds II", "earbuds", (200, 280), (110, 160), ["CustomTune", "ANC"], ["black", "white"]),
    P("bose", "SoundLink Flex", "speaker", (120, 150), (70, 100), ["IP67", "PositionIQ"], ["black", "blue", "white"]),
    P("bose", "SoundLink Micro", "speaker", (80, 120), (50, 70), ["IP67", "Bluetooth"], ["black", "blue"]),
    P("bose", "Smart Soundbar 600", "soundbar", (450, 500), (280, 350), ["Dolby Atmos", "Alexa"], ["black"]),
    P("bose", "QuietComfort Ultra Earbuds", "earbuds", (280, 300), (170, 220), ["Immersive Audio", "ANC"], ["black", "white"]),
    # SanDisk
    P("sandisk", "Extreme microSDXC 1TB", "memory_card", (70, 110), None, ["1TB", "A2", "U3", "V30", "SDSQXAV-1T00"], []),
    P("sandisk", "Extreme microSDXC 512GB", "memory_card", (35, 55), None, ["512GB", "A2", "U3", "190MB/s"], []),
    P("sandisk", "Extreme microSDXC 256GB", "memory_card", (20, 32), None, ["256GB", "A2", "U3", "V30"], []),
    P("sandisk", "Ultra microSDXC 128GB", "memory_card", (11, 18), None, ["128GB", "A1", "Class 10", "140MB/s"], []),
    P("sandisk", "Extreme microSDXC 1.5TB", "memory_card", (100, 150), None, ["1.5TB", "A2", "U3", "V30"], []),
    P("sandisk", "Extreme PRO SDXC 128GB", "sd_card", (22, 35), None, ["128GB", "UHS-I", "200MB/s"], []),
    P("sandisk", "Extreme Portable SSD V2 2TB", "ssd", (130, 180), (90, 120), ["2TB", "SDSSDE61-2T00", "1050MB/s"], []),
    P("sandisk", "Ultra Flair USB 3.0 64GB", "usb_drive", (7, 11), None, ["64GB", "150MB/s"], []),
    # Nike
    P("nike", "Air Force 1 '07", "sneakers", (100, 125), (45, 70), ["CW2288-111", "Triple White", "Low"], ["white", "black"]),
    P("nike", "Air Max 90", "sneakers", (120, 145), (50, 80), ["DN3707", "Infrared"], ["white", "black", "grey"]),
    P("nike", "Dunk Low Retro", "sneakers", (105, 130), (60, 90), ["DD1391-100", "Grey Fog", "University Blue"], ["white", "black"], "Panda"),
    P("nike", "Air Jordan 1 Retro High OG", "sneakers", (170, 200), (110, 180), ["DZ5485", "Chicago Lost & Found", "Mocha"], ["red", "black"]),
    P("nike", "Pegasus 41", "sneakers", (130, 145), (60, 85), ["FD2722", "Running"], ["black", "white", "blue"]),
    P("nike", "Tech Fleece Full-Zip Hoodie", "hoodie", (110, 140), (50, 75), ["FB7921", "Windrunner"], ["black", "grey", "navy"]),
    P("nike", "Vomero 5", "sneakers", (160, 175), (80, 110), ["HF0731", "Photon Dust"], ["grey", "white"]),
    P("nike", "Brasilia 9.5 Training Backpack", "backpack", (35, 50), (15, 25), ["24L", "DH7709"], ["black", "navy"]),
    P("nike", "Club Unstructured Cap", "cap", (22, 30), None, ["FB5369", "Adjustable"], ["black", "white", "beige"]),
    P("nike", "FC Barcelona 2024/25 Stadium Home Jersey", "jersey", (90, 100), (40, 60), ["Dri-FIT", "FN8797"], []),
    # adidas
    P("adidas", "Samba OG", "sneakers", (100, 120), (55, 80), ["B75806", "Cloud White", "Gum sole"], ["white", "black"]),
    P("adidas", "Gazelle", "sneakers", (100, 120), (50, 75), ["BB5476", "Suede"], ["blue", "green", "red"]),
    P("adidas", "Stan Smith", "sneakers", (90, 110), (45, 65), ["FX5500", "Leather"], ["white", "green"]),
    P("adidas", "Ultraboost Light", "sneakers", (160, 190), (70, 100), ["HQ6339", "Running"], ["black", "white"]),
    P("adidas", "Superstar", "sneakers", (90, 110), (45, 65), ["EG4958", "Shell toe"], ["white", "black"]),
    P("adidas", "Yeezy Boost 350 V2", "sneakers", (230, 300), (150, 220), ["Zebra", "Bone", "Onyx", "CP9654"], [], "Zebra"),
    P("adidas", "Tiro 24 Training Pants", "pants", (45, 55), (20, 30), ["IP1953", "AEROREADY"], ["black", "navy"]),
    P("adidas", "Adicolor Trefoil Tee", "tshirt", (28, 35), None, ["IA4845", "Cotton"], ["black", "white"]),
    P("adidas", "Predator Elite FG", "boots", (250, 280), (90, 150), ["IE1802", "Firm Ground"], ["black", "red"]),
    P("adidas", "Real Madrid 24/25 Home Jersey", "jersey", (90, 100), (40, 60), ["IU5011", "AEROREADY"], ["white"]),
    P("adidas", "Tango League Ball", "ball", (25, 35), None, ["Size 5", "FIFA Quality"], ["white"]),
    # New Balance
    P("new-balance", "550", "sneakers", (110, 130), (60, 85), ["BB550WT1", "White Green"], ["white", "green"]),
    P("new-balance", "990v6 Made in USA", "sneakers", (200, 220), (110, 150), ["M990GL6", "Grey"], ["grey", "navy"]),
    P("new-balance", "574 Core", "sneakers", (80, 100), (45, 60), ["ML574EVG", "Suede"], ["grey", "navy"]),
    P("new-balance", "2002R", "sneakers", (140, 160), (80, 110), ["M2002RXD", "Protection Pack"], ["grey", "beige"]),
    P("new-balance", "9060", "sneakers", (150, 170), (90, 120), ["U9060GRY", "Rain Cloud"], ["grey", "white"]),
    P("new-balance", "327", "sneakers", (90, 110), (50, 65), ["MS327CGW", "Suede/Mesh"], ["grey", "green"]),
    P("new-balance", "Fresh Foam X 1080v13", "sneakers", (160, 170), (75, 100), ["M1080B13", "Running"], ["black", "blue"]),
    # MAC
    P("mac", "Matte Lipstick", "lipstick", (21, 25), None, ["Ruby Woo", "Velvet Teddy", "Chili", "Mehr", "3g"], []),
    P("mac", "Studio Fix Fluid SPF 15", "foundation", (38, 42), None, ["NC15", "NC20", "NC30", "NW25", "30ml"], []),
    P("mac", "Prep + Prime Fix+", "spray", (30, 36), None, ["100ml", "Original"], []),
    P("mac", "Strobe Cream", "cream", (36, 44), None, ["50ml", "Pinklite", "Goldlite"], []),
    P("mac", "Lip Pencil", "lipstick", (21, 25), None, ["Spice", "Whirl", "Soar", "1.45g"], []),
    P("mac", "Eye Shadow x9 Palette", "eyeshadow", (32, 38), None, ["Burgundy Times Nine", "Amber Times Nine"], []),
    # Estée Lauder
    P("estee-lauder", "Advanced Night Repair Synchronized Multi-Recovery Complex", "serum", (78, 115), None, ["30ml", "50ml", "100ml"], []),
    P("estee-lauder", "Double Wear Stay-in-Place Foundation SPF 10", "foundation", (45, 56), None, ["1W2 Sand", "2C0 Cool Vanilla", "3N1 Ivory Beige", "30ml"], []),
    P("estee-lauder", "Beautiful Eau de Parfum", "perfume", (90, 140), None, ["30ml", "50ml", "100ml", "EDP"], []),
    P("estee-lauder", "Pure Color Lipstick", "lipstick", (35, 42), None, ["Envious", "Rebellious Rose", "3.5g"], []),
    P("estee-lauder", "Advanced Night Repair Eye Gel-Creme", "cream", (60, 80), None, ["15ml", "Supercharged"], []),
    P("estee-lauder", "Revitalizing Supreme+ Youth Power Creme", "cream", (75, 98), None, ["50ml", "75ml"], []),
    # M&M's
    P("mms", "Peanut Chocolate Candies Sharing Size", "candy", (4, 7), None, ["10.7 oz", "303g"], []),
    P("mms", "Milk Chocolate Party Size", "candy", (9, 13), None, ["38 oz", "1.07kg"], []),
    P("mms", "Crispy", "candy", (3, 5), None, ["213g", "Pouch"], []),
    P("mms", "Peanut Butter Sharing Size", "candy", (4, 7), None, ["9.6 oz", "272g"], []),
    P("mms", "Peanut 1kg Bag", "candy", (9, 13), None, ["1kg"], []),
    # Snickers
    P("snickers", "Chocolate Bar 4-Pack", "chocolate_bar", (3, 5), None, ["4 x 50g", "200g"], []),
    P("snickers", "Hi Protein Bar 12-Pack", "chocolate_bar", (22, 32), None, ["12 x 55g", "20g protein"], []),
    P("snickers", "Minis Share Bag", "chocolate_bar", (4, 8), None, ["275g", "1kg"], []),
    P("snickers", "Full Size Bars 48 Count", "chocolate_bar", (35, 55), None, ["48 x 1.86oz", "Bulk box"], []),
    # Royal Canin
    P("royal-canin", "Maxi Adult", "dog_food", (70, 95), None, ["15kg", "Size Health Nutrition"], []),
    P("royal-canin", "Medium Adult", "dog_food", (65, 90), None, ["15kg", "12kg"], []),
    P("royal-canin", "Mini Adult", "dog_food", (48, 70), None, ["8kg", "4kg"], []),
    P("royal-canin", "Indoor 27", "cat_food", (38, 55), None, ["4kg", "Adult cat"], []),
    P("royal-canin", "Kitten", "cat_food", (20, 30), None, ["2kg", "4-12 months"], []),
    P("royal-canin", "Veterinary Renal Feline", "cat_food", (32, 45), None, ["2kg", "Veterinary Diet"], []),
    P("royal-canin", "Instinctive in Gravy", "cat_wet", (14, 22), None, ["12 x 85g", "Pouches"], []),
    P("royal-canin", "German Shepherd Adult", "dog_food", (70, 90), None, ["11kg", "Breed Health Nutrition"], []),
    # Whiskas
    P("whiskas", "1+ Adult Chicken", "cat_food", (12, 22), None, ["3.8kg", "Dry"], []),
    P("whiskas", "1+ Poultry Feasts in Jelly", "cat_wet", (16, 28), None, ["40 x 85g", "Pouches"], []),
    P("whiskas", "Temptations Chicken", "cat_treats", (3, 6), None, ["180g"], []),
    P("whiskas", "7+ Senior Chicken", "cat_food", (7, 12), None, ["1.9kg"], []),
    P("whiskas", "Junior Kitten", "cat_food", (8, 14), None, ["2kg", "2-12 months"], []),
    P("whiskas", "1+ Adult Tuna", "cat_food", (25, 40), None, ["7kg", "Dry"], []),
    # Moncler
    P("moncler", "Maya Short Down Jacket", "jacket", (1700, 2100), (700, 1200), ["Size 2", "Size 3", "Size 4", "Laqué nylon"], ["black", "navy"]),
    P("moncler", "Bady Short Down Jacket", "jacket", (1500, 1900), (600, 1000), ["Size 1", "Size 2", "Hooded"], ["black", "white"]),
    P("moncler", "Montcla Down Jacket", "jacket", (2000, 2400), (800, 1300), ["Size 3", "Size 4", "Detachable hood"], ["black", "navy"]),
    P("moncler", "Logo Wool Beanie", "cap", (300, 400), (120, 200), ["Virgin wool"], ["black", "grey"]),
    # Ray-Ban
    P("ray-ban", "Aviator Classic", "sunglasses", (160, 200), (60, 100), ["RB3025", "58mm", "G-15"], ["gold", "black"]),
    P("ray-ban", "Wayfarer", "sunglasses", (150, 190), (60, 95), ["RB2140", "50mm", "Polarized"], ["black"]),
    P("ray-ban", "Clubmaster Classic", "sunglasses", (160, 190), (60, 90), ["RB3016", "51mm"], ["black", "brown"]),
    P("ray-ban", "Meta Wayfarer Smart Glasses", "sunglasses", (299, 379), (180, 250), ["Gen 2", "RW4006"], ["black"]),
    # Saint Laurent
    P("saint-laurent", "Loulou Small Matelassé", "bag", (2800, 3300), (1300, 2000), ["494699", "Y-quilted"], ["black", "beige"]),
    P("saint-laurent", "Kate Medium Chain Bag", "bag", (2500, 3000), (1100, 1700), ["354119", "Grain de poudre"], ["black"]),
    P("saint-laurent", "Le 5 à 7 Hobo", "bag", (2600, 3000), (1200, 1800), ["657228", "Smooth leather"], ["black", "brown"]),
    P("saint-laurent", "Libre Eau de Parfum", "perfume", (90, 150), None, ["30ml", "50ml", "90ml"], []),
    P("saint-laurent", "Rouge Pur Couture Lipstick", "lipstick", (40, 48), None, ["1 Le Rouge", "3.8g"], []),
    P("saint-laurent", "Cassandre Card Case", "wallet", (400, 500), (180, 280), ["423291", "Grain de poudre"], ["black", "red"]),
    # Pandora
    P("pandora", "Moments Snake Chain Bracelet", "bracelet", (65, 85), (30, 45), ["590719", "Sterling silver", "19cm"], ["silver"]),
    P("pandora", "Sparkling Crown O Ring", "ring", (55, 75), (25, 40), ["198289C01", "Size 54"], ["silver", "gold"]),
    P("pandora", "Heart Charm", "charm", (40, 60), (20, 30), ["Sterling silver", "792137"], []),
    P("pandora", "Timeless Stud Earrings", "earrings", (45, 70), (20, 35), ["Cubic zirconia", "Sterling silver"], ["silver"]),
    P("pandora", "ME Link Chain Bracelet", "bracelet", (80, 110), (35, 55), ["599662C00", "18cm"], ["silver", "gold"]),
    # Canada Goose
    P("canada-goose", "Expedition Parka", "jacket", (1500, 1750), (650, 1000), ["4660M", "Size M", "Size L"], ["black", "navy", "red"]),
    P("canada-goose", "Chilliwack Bomber", "jacket", (1300, 1500), (600, 900), ["7999M", "Size M"], ["black", "green"]),
    P("canada-goose", "Langford Parka", "jacket", (1400, 1600), (600, 950), ["2052M", "Size L"], ["black", "navy"]),
    P("canada-goose", "Shelburne Parka", "jacket", (1400, 1600), (600, 950), ["3802L", "Size S", "Size M"], ["black", "beige"]),
    P("canada-goose", "Crofton Puffer", "jacket", (800, 950), (350, 550), ["2228M", "Packable"], ["black", "navy"]),
]

# Other brands honest listings mention every day (not in the list of brands the corpus targets).
OTHER_BRANDS = [
    P("IKEA", "KALLAX", "shelf", (70, 130), (25, 60), ["4x4", "2x4", "77x147 cm", "147x147 cm"], ["white", "black"]),
    P("LEGO", "Technic Ferrari Daytona SP3 42143", "toy_set", (350, 420), (280, 340), ["3778 pieces", "18+"], []),
    P("LEGO", "Star Wars Millennium Falcon 75192", "toy_set", (750, 850), (600, 700), ["UCS", "7541 pieces"], []),
    P("LEGO", "Creator 3in1 Majestic Tiger 31129", "toy_set", (40, 55), (25, 35), ["755 pieces", "9+"], []),
    P("Dyson", "V15 Detect Absolute", "vacuum", (650, 750), (350, 480), ["SV47", "Laser"], []),
    P("Dyson", "Airwrap Multi-Styler Complete Long", None, (500, 600), (300, 400), ["HS05", "Nickel/Copper"], []),
    P("Bosch", "Professional GSR 18V-55", "drill", (120, 180), (70, 100), ["2 x 2.0Ah", "L-BOXX"], []),
    P("Makita", "DHP482", "drill", (100, 160), (60, 90), ["18V LXT", "Combi"], []),
    P("DeWalt", "DCD796", "drill", (130, 200), (70, 110), ["18V XR", "Brushless"], []),
    P("KitchenAid", "Artisan 5KSM175", "mixer", (400, 550), (200, 300), ["4.8L", "Tilt-head"], ["red", "white", "grey"]),
    P("Le Creuset", "Signature Round", "pot", (300, 420), (150, 220), ["24cm", "4.2L", "Cast iron"], ["red", "blue", "white"]),
    P("Nespresso", "Vertuo Next", "coffee_machine", (120, 180), (50, 80), ["ENV120", "Krups"], ["black", "grey"]),
    P("De'Longhi", "Magnifica S ECAM22.110.B", "coffee_machine", (350, 480), (150, 250), ["Bean to cup"], ["black"]),
    P("Philips", "Sonicare DiamondClean 9000", "toothbrush", (150, 250), None, ["HX9911", "App"], ["white", "black", "pink"]),
    P("Levi's", "501 Original Fit", "jeans", (60, 100), (20, 35), ["W32 L32", "W34 L32", "W30 L30"], ["blue", "black"]),
    P("Uniqlo", "Ultra Light Down Jacket", "jacket", (70, 90), (25, 40), ["Packable"], ["black", "navy", "beige"]),
    P("The North Face", "1996 Retro Nuptse", "jacket", (300, 360), (150, 220), ["700 fill", "NF0A3C8D"], ["black", "navy", "green"]),
    P("Patagonia", "Better Sweater Fleece", "hoodie", (120, 150), (50, 80), ["25528", "Quarter-zip"], ["grey", "navy"]),
    P("Ralph Lauren", "Custom Slim Fit Mesh Polo", "polo", (90, 110), (30, 45), ["Cotton piqué"], ["navy", "white", "red"]),
    P("Lacoste", "L.12.12 Classic Fit", "polo", (90, 110), (30, 45), ["L1212", "Cotton piqué"], ["white", "navy", "green"]),
    P("GUESS", "Noelle Crossbody", "bag", (80, 160), (30, 60), ["Logo print", "Faux leather"], ["black", "beige", "pink"]),
    P("Michael Kors", "Jet Set Large Tote", "bag", (150, 300), (70, 130), ["Signature logo", "Saffiano"], ["brown", "black"]),
    P("Coach", "Tabby Shoulder Bag 26", "bag", (400, 500), (200, 300), ["Polished pebble leather"], ["black", "beige", "brown"]),
    P("Longchamp", "Le Pliage Original Large", "bag", (145, 185), (60, 100), ["L1899089", "Recycled canvas"], ["navy", "black", "green"]),
    P("Casio", "G-Shock GA-2100", "watch", (99, 130), (50, 75), ["CasiOak", "GA-2100-1A1"], ["black", "white"]),
    P("Seiko", "5 Sports SRPD55", "watch", (250, 350), (150, 220), ["Automatic", "42.5mm"], ["black", "blue"]),
    P("Tissot", "PRX Powermatic 80 40mm", "watch", (650, 760), (450, 550), ["T137.407.11.041.00", "Automatic"], ["blue", "green", "silver"]),
    P("Citizen", "Eco-Drive Promaster Diver", "watch", (180, 350), (100, 180), ["BN0150", "200m"], ["black", "blue"]),
    P("Garmin", "Forerunner 265", "smartwatch", (400, 450), (250, 320), ["AMOLED", "46mm"], ["black", "white"]),
    P("Logitech", "MX Master 3S", "mouse", (90, 110), (50, 65), ["Bluetooth", "8K DPI"], ["grey", "black"]),
    P("Corsair", "Vengeance DDR5 32GB (2x16GB) 6000MHz", None, (90, 130), (60, 80), ["CL30", "CMK32GX5M2B6000C30"], ["black", "white"]),
    P("Kingston", "FURY Beast 16GB DDR4 3200MHz", None, (35, 50), (20, 30), ["KF432C16BBK2/16", "2x8GB"], []),
    P("WD_BLACK", "SN850X 2TB NVMe", "ssd", (140, 190), None, ["WDS200T2X0E", "PCIe Gen4"], []),
    P("ASUS", "TUF Gaming GeForce RTX 4070 SUPER OC", None, (600, 700), (450, 550), ["12GB GDDR6X"], []),
    P("AMD", "Ryzen 7 7800X3D", None, (350, 450), (280, 340), ["AM5", "8-Core"], []),
    P("Intel", "Core i5-13600K", None, (250, 320), (180, 230), ["LGA1700", "14 cores"], []),
    P("Lenovo", "ThinkPad X1 Carbon Gen 11", "laptop", (1400, 1900), (800, 1100), ["i7-1365U", "16GB", "512GB"], ["black"]),
    P("Dell", "XPS 13 9340", "laptop", (900, 1300), (550, 800), ["Core Ultra 7", "16GB", "512GB"], ["silver", "grey"]),
    P("Xiaomi", "Redmi Note 13 Pro 5G", "phone", (280, 350), (180, 230), ["256GB", "8GB RAM", "200MP"], ["black", "blue", "white"]),
    P("Google", "Pixel 8", "phone", (550, 700), (350, 450), ["128GB", "Obsidian", "Hazel"], []),
    P("Canon", "EOS R50 with RF-S 18-45mm", "camera", (650, 800), (480, 580), ["24.2MP", "4K"], ["black", "white"]),
    P("Fujifilm", "X100VI", "camera", (1600, 2000), (1700, 2200), ["40MP", "23mm f/2"], ["silver", "black"]),
    P("GoPro", "HERO12 Black", "camera", (330, 400), (220, 280), ["5.3K", "HyperSmooth 6.0"], []),
    P("Nintendo", "Switch OLED", "console", (330, 350), (220, 280), ["64GB", "HEG-001"], ["white"]),
    P("Microsoft", "Xbox Series X", "console", (450, 500), (320, 400), ["1TB", "RRT-00010"], []),
    P("Pampers", "Baby-Dry Size 4", "diapers", (25, 45), None, ["9-14kg", "Monthly box", "174 count"], []),
    P("Chicco", "KeyFit 30", "car_seat", (200, 260), (90, 140), ["ECE R44", "0-13kg"], ["black", "grey"]),
    P("Michelin", "Pilot Sport 4 225/45 R17 94Y", "tyre", (140, 190), None, ["XL", "Summer"], []),
    P("Moleskine", "Classic Notebook Large Ruled", "notebook", (20, 28), None, ["13x21cm", "Hard cover", "240 pages"], ["black", "red"]),
    P("Yonex", "Astrox 88D Pro", "racket", (180, 240), (90, 140), ["4U G5", "Unstrung"], []),
    P("Quechua", "2 Seconds Easy Pop-Up Tent", "tent", (60, 110), (30, 50), ["2 Person", "Fresh & Black"], ["green", "grey"]),
    P("Stanley", "Quencher H2.0 FlowState 40oz", "bottle", (40, 50), (20, 30), ["1.18L", "Stainless steel"], ["pink", "black", "beige"]),
    P("Dove", "Beauty Cream Bar Soap", None, (5, 10), None, ["4 x 90g", "6 x 100g"], []),
    P("CeraVe", "Moisturising Cream", "cream", (15, 22), None, ["454g", "340g", "Dry to very dry skin"], []),
    P("L'Oréal Paris", "Revitalift 1.5% Pure Hyaluronic Acid", "serum", (18, 30), None, ["30ml"], []),
    P("Purina Pro Plan", "Medium Adult Chicken", "dog_food", (60, 85), None, ["14kg"], []),
    P("Hill's Science Plan", "Adult Cat Chicken", "cat_food", (55, 75), None, ["7kg"], []),
]


# ---------------------------------------------------------------------------------------------
# Where listings live: platforms, their URLs, and who sells there
# ---------------------------------------------------------------------------------------------

def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def alnum(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def slugify(text: str, limit: int = 6) -> str:
    ascii_text = text.lower().encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    return "-".join(words[:limit]) or "item"


PLATFORM_URL = {
    "ebay.com": lambda r, s: f"https://www.ebay.com/itm/{digits(r, 12)}",
    "ebay.co.uk": lambda r, s: f"https://www.ebay.co.uk/itm/{digits(r, 12)}",
    "ebay.de": lambda r, s: f"https://www.ebay.de/itm/{digits(r, 12)}",
    "ebay.it": lambda r, s: f"https://www.ebay.it/itm/{digits(r, 12)}",
    "amazon.com": lambda r, s: f"https://www.amazon.com/{slugify(s, 5)}/dp/B0{alnum(r, 8)}",
    "amazon.co.uk": lambda r, s: f"https://www.amazon.co.uk/dp/B0{alnum(r, 8)}",
    "amazon.de": lambda r, s: f"https://www.amazon.de/dp/B0{alnum(r, 8)}",
    "amazon.fr": lambda r, s: f"https://www.amazon.fr/dp/B0{alnum(r, 8)}",
    "amazon.es": lambda r, s: f"https://www.amazon.es/dp/B0{alnum(r, 8)}",
    "amazon.it": lambda r, s: f"https://www.amazon.it/dp/B0{alnum(r, 8)}",
    "amazon.in": lambda r, s: f"https://www.amazon.in/dp/B0{alnum(r, 8)}",
    "amazon.co.jp": lambda r, s: f"https://www.amazon.co.jp/dp/B0{alnum(r, 8)}",
    "amazon.com.br": lambda r, s: f"https://www.amazon.com.br/dp/B0{alnum(r, 8)}",
    "etsy.com": lambda r, s: f"https://www.etsy.com/listing/{digits(r, 10)}/{slugify(s)}",
    "facebook.com": lambda r, s: f"https://www.facebook.com/marketplace/item/{digits(r, 15)}/",
    "craigslist.org": lambda r, s: f"https://{r.choice(['sfbay', 'newyork', 'chicago', 'seattle', 'austin', 'boston'])}.craigslist.org/for/d/{slugify(s)}/{digits(r, 10)}.html",
    "gumtree.com": lambda r, s: f"https://www.gumtree.com/p/for-sale/{slugify(s)}/{digits(r, 10)}",
    "depop.com": lambda r, s: f"https://www.depop.com/products/{alnum(r, 7, 'abcdefghijklmnopqrstuvwxyz')}-{slugify(s, 4)}/",
    "poshmark.com": lambda r, s: f"https://poshmark.com/listing/{slugify(s, 5)}-{alnum(r, 24, '0123456789abcdef')}",
    "walmart.com": lambda r, s: f"https://www.walmart.com/ip/{slugify(s, 6)}/{digits(r, 9)}",
    "bestbuy.com": lambda r, s: f"https://www.bestbuy.com/site/{slugify(s, 6)}/{digits(r, 7)}.p",
    "vinted.co.uk": lambda r, s: f"https://www.vinted.co.uk/items/{digits(r, 10)}-{slugify(s, 4)}",
    "vinted.fr": lambda r, s: f"https://www.vinted.fr/items/{digits(r, 10)}-{slugify(s, 4)}",
    "vinted.de": lambda r, s: f"https://www.vinted.de/items/{digits(r, 10)}-{slugify(s, 4)}",
    "vinted.it": lambda r, s: f"https://www.vinted.it/items/{digits(r, 10)}-{slugify(s, 4)}",
    "vinted.pl": lambda r, s: f"https://www.vinted.pl/items/{digits(r, 10)}-{slugify(s, 4)}",
    "backmarket.com": lambda r, s: f"https://www.backmarket.com/en-us/p/{slugify(s, 6)}/{alnum(r, 8, '0123456789abcdef')}-{alnum(r, 4, '0123456789abcdef')}",
    "therealreal.com": lambda r, s: f"https://www.therealreal.com/products/women/handbags/{slugify(s, 5)}-{alnum(r, 6, 'abcdefghijklmnopqrstuvwxyz0123456789')}",
    "vestiairecollective.com": lambda r, s: f"https://www.vestiairecollective.com/women-bags/handbags/{slugify(s, 5)}-{digits(r, 8)}.shtml",
    "chrono24.com": lambda r, s: f"https://www.chrono24.com/{slugify(s, 2)}/{slugify(s, 6)}--id{digits(r, 8)}.htm",
    "flipkart.com": lambda r, s: f"https://www.flipkart.com/{slugify(s, 6)}/p/itm{alnum(r, 13, 'abcdef0123456789')}",
    "kleinanzeigen.de": lambda r, s: f"https://www.kleinanzeigen.de/s-anzeige/{slugify(s)}/{digits(r, 10)}-{r.randint(100, 299)}-{r.randint(1000, 9999)}",
    "otto.de": lambda r, s: f"https://www.otto.de/p/{slugify(s, 6)}-{alnum(r, 8)}/",
    "zalando.de": lambda r, s: f"https://www.zalando.de/{slugify(s, 5)}-{alnum(r, 9).lower()}.html",
    "ricardo.ch": lambda r, s: f"https://www.ricardo.ch/de/a/{slugify(s, 5)}-{digits(r, 10)}/",
    "willhaben.at": lambda r, s: f"https://www.willhaben.at/iad/kaufen-und-verkaufen/d/{slugify(s, 5)}-{digits(r, 9)}/",
    "leboncoin.fr": lambda r, s: f"https://www.leboncoin.fr/ad/{r.choice(['montres_bijoux', 'vetements', 'electronique', 'ameublement', 'bricolage', 'jeux_jouets'])}/{digits(r, 10)}",
    "cdiscount.com": lambda r, s: f"https://www.cdiscount.com/{slugify(s, 6)}/f-{digits(r, 9)}.html",
    "fnac.com": lambda r, s: f"https://www.fnac.com/a{digits(r, 8)}/{slugify(s, 6)}",
    "wallapop.com": lambda r, s: f"https://es.wallapop.com/item/{slugify(s, 5)}-{digits(r, 9)}",
    "mercadolibre.com.mx": lambda r, s: f"https://articulo.mercadolibre.com.mx/MLM-{digits(r, 10)}-{slugify(s, 6)}-_JM",
    "elcorteingles.es": lambda r, s: f"https://www.elcorteingles.es/{slugify(s, 2)}/A{digits(r, 8)}/",
    "subito.it": lambda r, s: f"https://www.subito.it/{r.choice(['abbigliamento-accessori', 'elettronica', 'arredamento-casalinghi', 'telefonia'])}/{slugify(s, 5)}-{r.choice(['milano', 'roma', 'torino', 'napoli', 'bologna'])}-{digits(r, 9)}.htm",
    "mercadolivre.com.br": lambda r, s: f"https://produto.mercadolivre.com.br/MLB-{digits(r, 10)}-{slugify(s, 6)}-_JM",
    "olx.com.br": lambda r, s: f"https://{r.choice(['sp', 'rj', 'mg', 'pr'])}.olx.com.br/{slugify(s, 5)}-{digits(r, 10)}",
    "olx.pt": lambda r, s: f"https://www.olx.pt/d/anuncio/{slugify(s, 5)}-ID{alnum(r, 5)}.html",
    "shopee.com.br": lambda r, s: f"https://shopee.com.br/{slugify(s, 6)}-i.{digits(r, 9)}.{digits(r, 10)}",
    "avito.ru": lambda r, s: f"https://www.avito.ru/{r.choice(['moskva', 'sankt-peterburg', 'kazan', 'ekaterinburg', 'novosibirsk'])}/{r.choice(['chasy_i_ukrasheniya', 'odezhda_obuv_aksessuary', 'telefony', 'bytovaya_elektronika', 'mebel_i_interer'])}/{slugify(s, 4) if slugify(s, 4) != 'item' else 'tovar'}_{digits(r, 10)}",
    "ozon.ru": lambda r, s: f"https://www.ozon.ru/product/{slugify(s, 5)}-{digits(r, 9)}/",
    "wildberries.ru": lambda r, s: f"https://www.wildberries.ru/catalog/{digits(r, 9)}/detail.aspx",
    "taobao.com": lambda r, s: f"https://item.taobao.com/item.htm?id={digits(r, 12)}",
    "tmall.com": lambda r, s: f"https://detail.tmall.com/item.htm?id={digits(r, 12)}",
    "jd.com": lambda r, s: f"https://item.jd.com/{digits(r, 12)}.html",
    "goofish.com": lambda r, s: f"https://www.goofish.com/item?id={digits(r, 12)}",
    "pinduoduo.com": lambda r, s: f"https://mobile.yangkeduo.com/goods.html?goods_id={digits(r, 12)}",
    "mercari.jp": lambda r, s: f"https://jp.mercari.com/item/m{digits(r, 11)}",
    "rakuten.co.jp": lambda r, s: f"https://item.rakuten.co.jp/{r.choice(['brandoff', 'komehyo', 'biccamera', 'kojima', 'petshop-jp'])}/{digits(r, 8)}/",
    "auctions.yahoo.co.jp": lambda r, s: f"https://page.auctions.yahoo.co.jp/jp/auction/{r.choice('bcdefgkmnopqrstuvwx')}{digits(r, 10)}",
    "allegro.pl": lambda r, s: f"https://allegro.pl/oferta/{slugify(s, 6)}-{digits(r, 11)}",
    "olx.pl": lambda r, s: f"https://www.olx.pl/d/oferta/{slugify(s, 5)}-CID{r.randint(100, 999)}-ID{alnum(r, 6)}.html",
    "trendyol.com": lambda r, s: f"https://www.trendyol.com/{slugify(s, 1)}/{slugify(s, 6)}-p-{digits(r, 9)}",
    "hepsiburada.com": lambda r, s: f"https://www.hepsiburada.com/{slugify(s, 6)}-p-HB{alnum(r, 10)}",
    "sahibinden.com": lambda r, s: f"https://www.sahibinden.com/ilan/{slugify(s, 5)}-{digits(r, 10)}/detay",
    "n11.com": lambda r, s: f"https://www.n11.com/urun/{slugify(s, 6)}-{digits(r, 7)}",
    "aliexpress.com": lambda r, s: f"https://www.aliexpress.com/item/1005{digits(r, 12)}.html",
    "dhgate.com": lambda r, s: f"https://www.dhgate.com/product/{slugify(s, 7)}/{digits(r, 9)}.html",
    "temu.com": lambda r, s: f"https://www.temu.com/{slugify(s, 7)}-g-{digits(r, 15)}.html",
    "shein.com": lambda r, s: f"https://www.shein.com/{slugify(s, 7)}-p-{digits(r, 8)}.html",
    "instagram.com": lambda r, s: f"https://www.instagram.com/{r.choice(['lux', 'bags', 'drip', 'style', 'watch', 'kicks', 'shop'])}{r.choice(['_', '.', ''])}{r.choice(['closet', 'store', 'outlet', 'hub', 'world', 'vault'])}{r.randint(1, 999)}/",
    "yupoo.com": lambda r, s: f"https://{r.choice(['luxury', 'topfactory', 'bestbags', 'kicksworld', 'watchhouse', 'goodquality'])}{r.randint(1, 99)}.x.yupoo.com/albums/{digits(r, 9)}",
    "weidian.com": lambda r, s: f"https://weidian.com/item.html?itemID={digits(r, 10)}",
    "wish.com": lambda r, s: f"https://www.wish.com/product/{alnum(r, 24, '0123456789abcdef')}",
    "shop-domain": lambda r, s: f"https://www.{r.choice(['luxe', 'brand', 'outlet', 'designer', 'style', 'trend'])}{r.choice(['-', ''])}{r.choice(['deals', 'outlet', 'factory', 'market', 'boutique', 'sale'])}{r.choice(['.shop', '.store', '.top', '.online', '.com', '.vip'])}/products/{slugify(s, 6)}",
    "vk.com": lambda r, s: f"https://vk.com/market-{digits(r, 9)}?w=product-{digits(r, 9)}_{digits(r, 7)}",
    "t.me": lambda r, s: f"https://t.me/{r.choice(['lux', 'brand', 'replica', 'top', 'drip', 'kicks'])}{r.choice(['_', ''])}{r.choice(['store', 'shop', 'channel', 'world'])}{r.randint(1, 999)}",
}

HONEST_PLATFORMS = {
    "en": [("ebay.com", 14), ("ebay.co.uk", 6), ("amazon.com", 12), ("amazon.co.uk", 5), ("etsy.com", 3), ("facebook.com", 5), ("craigslist.org", 3), ("gumtree.com", 2), ("depop.com", 2), ("poshmark.com", 2), ("walmart.com", 3), ("bestbuy.com", 2), ("vinted.co.uk", 2), ("amazon.in", 2), ("flipkart.com", 2), ("aliexpress.com", 2), ("temu.com", 1)],
    "de": [("amazon.de", 30), ("ebay.de", 20), ("kleinanzeigen.de", 25), ("otto.de", 5), ("zalando.de", 5), ("vinted.de", 6), ("ricardo.ch", 5), ("willhaben.at", 4)],
    "fr": [("leboncoin.fr", 35), ("amazon.fr", 25), ("vinted.fr", 20), ("cdiscount.com", 10), ("fnac.com", 10)],
    "es": [("wallapop.com", 35), ("amazon.es", 25), ("mercadolibre.com.mx", 30), ("elcorteingles.es", 10)],
    "it": [("subito.it", 35), ("amazon.it", 30), ("ebay.it", 20), ("vinted.it", 15)],
    "pt": [("mercadolivre.com.br", 40), ("olx.com.br", 20), ("shopee.com.br", 10), ("amazon.com.br", 15), ("olx.pt", 15)],
    "ru": [("avito.ru", 45), ("ozon.ru", 30), ("wildberries.ru", 25)],
    "zh": [("taobao.com", 35), ("tmall.com", 15), ("jd.com", 25), ("goofish.com", 20), ("pinduoduo.com", 5)],
    "ja": [("mercari.jp", 40), ("rakuten.co.jp", 25), ("amazon.co.jp", 20), ("auctions.yahoo.co.jp", 15)],
    "pl": [("allegro.pl", 50), ("olx.pl", 30), ("vinted.pl", 20)],
    "tr": [("trendyol.com", 40), ("hepsiburada.com", 25), ("sahibinden.com", 20), ("n11.com", 15)],
}

FIRST = ["anna", "mike", "sarah", "tom", "julia", "marco", "lena", "pierre", "sofia", "jan", "olga", "kenji", "mei", "ahmet", "lucas", "emma", "david", "chloe", "max", "ines", "pawel", "elif", "yuki", "ivan", "laura", "ben", "carla", "nina", "omar", "rosa"]
SHOP_WORDS = ["Direct", "Deals", "Store", "Supply", "Outlet", "Shop", "Trading", "Goods", "Corner", "Market", "Express", "Home", "Hub", "Depot"]
SHOP_TOPICS = ["Tech", "Phone", "Kitchen", "Garden", "Pet", "Book", "Toy", "Sport", "Tool", "Beauty", "Home", "Office", "Auto", "Baby", "Vintage", "Watch", "Audio", "Camera"]

RETAILERS = {
    "en": ["Amazon.com", "Best Buy", "Walmart", "Target", "Currys", "Argos", "John Lewis", "Foot Locker", "JD Sports", "Sephora", "Ulta Beauty", "Chewy", "Pets at Home", "Back Market", "Music Magpie", "The RealReal", "Fashionphile", "Rebag", "Watchfinder & Co.", "Bob's Watches", "Crutchfield", "B&H Photo", "Newegg", "Flipkart", "Croma", "Nordstrom", "Selfridges", "Harrods", "END. Clothing", "Zooplus UK"],
    "de": ["Amazon.de", "MediaMarkt", "Saturn", "Otto", "Zalando", "Douglas", "Fressnapf", "Zooplus", "Cyberport", "notebooksbilliger.de", "Thalia", "Galaxus", "Bucherer", "Wempe", "Hornbach", "OBI", "Tchibo", "Flaconi"],
    "fr": ["Amazon.fr", "Fnac", "Darty", "Boulanger", "Cdiscount", "Sephora", "Nocibé", "Zalando", "Vestiaire Collective", "Leroy Merlin", "Maxi Zoo", "Galeries Lafayette", "Decathlon"],
    "es": ["Amazon.es", "El Corte Inglés", "MediaMarkt", "PcComponentes", "Druni", "Tiendanimal", "Liverpool", "Coppel", "Mercado Libre Oficial", "Decathlon", "Sprinter"],
    "it": ["Amazon.it", "MediaWorld", "Unieuro", "Douglas Italia", "Zalando", "Arcaplanet", "Rinascente", "Euronics", "Decathlon"],
    "pt": ["Amazon.com.br", "Magazine Luiza", "Casas Bahia", "Americanas", "Netshoes", "Centauro", "Petz", "Cobasi", "Worten", "Fnac Portugal", "Sephora Brasil"],
    "ru": ["Ozon", "Wildberries", "М.Видео", "DNS", "Эльдорадо", "Золотое Яблоко", "Спортмастер", "Четыре Лапы", "Lamoda", "Яндекс Маркет"],
    "zh": ["京东自营", "天猫超市", "苏宁易购", "唯品会", "得物", "网易严选", "当当", "丝芙兰官方", "银泰百货"],
    "ja": ["Amazon.co.jp", "ヨドバシカメラ", "ビックカメラ", "楽天ブックス", "コメ兵", "ブランドオフ", "ZOZOTOWN", "@cosme SHOPPING", "ケーズデンキ", "ジョーシン"],
    "pl": ["Allegro", "x-kom", "RTV Euro AGD", "Media Expert", "Empik", "Notino", "Zalando Lounge", "Rossmann", "Kakadu", "Decathlon"],
    "tr": ["Trendyol", "Hepsiburada", "MediaMarkt Türkiye", "Teknosa", "Vatan Bilgisayar", "Boyner", "Gratis", "Sephora Türkiye", "D&R"],
}


def private_seller(rng: random.Random, lang: str) -> str:
    name = rng.choice(FIRST)
    if lang == "zh":
        return rng.choice(["闲置小铺", "小王的二手店", "数码发烧友", "宠物用品折扣店", "简约家居馆", "好物分享", "书虫的旧书摊"]) + (str(rng.randint(1, 99)) if rng.random() < 0.4 else "")
    if lang == "ja":
        return rng.choice(["ゆう", "さくら", "たけし", "まり", "リサイクルショップ", "古着屋", "ひなた", "ブランド買取店"]) + rng.choice(["", "@プロフ必読", "shop", str(rng.randint(1, 99))])
    if lang == "ru":
        return rng.choice(["Анна", "Сергей", "Ирина", "Дмитрий", "Мария", "Алексей", "Частное лицо", "Магазин «Дом и сад»"]) + rng.choice(["", " М.", " К.", ""])
    style = rng.random()
    if style < 0.45:
        return f"{name}{rng.choice(['_', '.', '', '-'])}{rng.choice([digits(rng, 2), digits(rng, 4), rng.choice(FIRST)[:1], 'uk', 'de', 'shop'])}"
    if style < 0.8:
        return f"{rng.choice(SHOP_TOPICS)} {rng.choice(SHOP_WORDS)}{rng.choice(['', ' Ltd', ' GmbH', ' UK', ' EU', ' Co.'])}"
    return f"{name.capitalize()} {rng.choice('ABCDEFGHKLMNPRSTW')}."


def honest_seller(rng: random.Random, lang: str, retail: bool) -> str:
    if retail and rng.random() < 0.6:
        return rng.choice(RETAILERS[lang])
    return private_seller(rng, lang)


def honest_url(rng: random.Random, lang: str, title: str, platform: str | None = None) -> str:
    platform = platform or pick_weighted(rng, HONEST_PLATFORMS[lang])
    return PLATFORM_URL[platform](rng, title)


STORES = {
    "en": ["John Lewis", "Target", "Costco", "a local shop", "Argos", "Walmart"], "de": ["Saturn", "MediaMarkt", "Karstadt", "Otto"],
    "fr": ["la Fnac", "Darty", "Carrefour", "Boulanger"], "es": ["El Corte Inglés", "MediaMarkt", "Carrefour"], "it": ["la Rinascente", "Unieuro", "MediaWorld"],
    "pt": ["Magazine Luiza", "Casas Bahia", "Americanas"], "ru": ["М.Видео", "ДНС", "ЦУМе"], "zh": ["专柜", "京东", "商场"], "ja": ["百貨店", "ヨドバシカメラ", "ビックカメラ"],
    "pl": ["Empik", "Media Expert", "Rossmann"], "tr": ["Boyner", "Teknosa", "MediaMarkt"],
}
BOUTIQUES = tr("the boutique on Bond Street|der Boutique in München|la boutique avenue Montaigne|la boutique de Madrid|la boutique di Via Montenapoleone|a boutique do Shopping Iguatemi|бутике в ЦУМе|上海恒隆专柜|銀座の直営店|butiku w Warszawie|İstinyePark mağazası")

HONEST_DESC = {
    "en": {"u": ["Used a handful of times, in very good condition.", "Bought in {year} from {store}, selling as I no longer use it.", "Minor signs of wear, please see photos.", "From a smoke-free, pet-free home.", "Fully working, factory reset and ready to go.", "Original box included.", "Small scuff on one corner, otherwise excellent.", "Collection preferred but happy to post.", "Receipt available on request.", "Selling because I upgraded."],
           "n": ["Brand new and unopened.", "Ships within 1 business day.", "30-day returns accepted.", "Unwanted gift, never used.", "Purchased from an authorised retailer, receipt included.", "Tracked delivery to your door.", "VAT invoice available.", "Please check the size guide before ordering."],
           "l": ["Bought at {boutique} in {year}.", "Comes with dust bag, box and receipt.", "Authenticity can be verified; happy to provide more photos.", "Corners show light wear, interior clean.", "Serviced last year, keeps excellent time.", "Entrupy certificate included."]},
    "de": {"u": ["Wenig benutzt, sehr guter Zustand.", "Gekauft {year} bei {store}, wird nicht mehr gebraucht.", "Leichte Gebrauchsspuren, siehe Fotos.", "Nichtraucherhaushalt, keine Haustiere.", "Funktioniert einwandfrei, auf Werkseinstellungen zurückgesetzt.", "Privatverkauf, keine Garantie oder Rücknahme.", "Abholung oder Versand möglich."],
           "n": ["Neu und originalverpackt.", "Versand innerhalb von 24 Stunden.", "30 Tage Rückgaberecht.", "Rechnung mit ausgewiesener MwSt.", "Ungewolltes Geschenk, nie benutzt."],
           "l": ["Gekauft in {boutique} im Jahr {year}.", "Mit Staubbeutel, Box und Rechnung.", "Echtheit kann gerne geprüft werden.", "Letztes Jahr revisioniert, läuft genau."]},
    "fr": {"u": ["Peu servi, très bon état.", "Acheté en {year} chez {store}, je m'en sépare car je ne l'utilise plus.", "Légères traces d'usure, voir photos.", "Maison non-fumeur, sans animaux.", "Fonctionne parfaitement, réinitialisé.", "Remise en main propre possible sur Lyon.", "Envoi soigné en Colissimo."],
           "n": ["Neuf sous blister, jamais ouvert.", "Expédié sous 24 h.", "Retour accepté sous 30 jours.", "Facture disponible.", "Cadeau en double, jamais utilisé."],
           "l": ["Acheté dans {boutique} en {year}.", "Vendu avec dustbag, boîte et facture.", "Authentification possible, photos supplémentaires sur demande.", "Révisée l'an dernier."]},
    "es": {"u": ["Poco uso, muy buen estado.", "Comprado en {year} en {store}, lo vendo porque ya no lo uso.", "Pequeñas marcas de uso, ver fotos.", "Casa sin humo ni mascotas.", "Funciona perfectamente, restaurado de fábrica.", "Entrega en mano en Madrid o envío.", "Precio negociable."],
           "n": ["Nuevo y precintado.", "Envío en 24/48 h.", "Devolución gratuita en 30 días.", "Factura disponible.", "Regalo repetido, sin usar."],
           "l": ["Comprado en {boutique} en {year}.", "Incluye dust bag, caja y ticket de compra.", "Se puede autenticar, más fotos por privado.", "Revisado el año pasado."]},
    "it": {"u": ["Usato pochissimo, ottime condizioni.", "Acquistato nel {year} da {store}, lo vendo perché non lo uso più.", "Leggeri segni d'uso, vedi foto.", "Casa di non fumatori, senza animali.", "Funzionante al 100%, ripristinato.", "Consegna a mano a Milano o spedizione.", "Prezzo trattabile."],
           "n": ["Nuovo sigillato.", "Spedizione in 24 ore.", "Reso entro 30 giorni.", "Fattura disponibile.", "Regalo doppio, mai usato."],
           "l": ["Acquistata presso {boutique} nel {year}.", "Completa di dustbag, scatola e scontrino.", "Disponibile per autenticazione, altre foto in privato.", "Revisionato l'anno scorso."]},
    "pt": {"u": ["Pouco uso, ótimo estado.", "Comprado em {year} na {store}, vendo porque não uso mais.", "Pequenas marcas de uso, ver fotos.", "Casa sem fumantes e sem animais.", "Funcionando perfeitamente, restaurado de fábrica.", "Entrego em mãos em São Paulo.", "Aceito propostas."],
           "n": ["Novo, lacrado.", "Envio imediato.", "Nota fiscal inclusa.", "Garantia de 12 meses.", "Presente repetido, nunca usado."],
           "l": ["Comprada na {boutique} em {year}.", "Acompanha dust bag, caixa e nota.", "Aceito autenticação, mais fotos no chat.", "Revisado no ano passado."]},
    "ru": {"u": ["Пользовались мало, состояние отличное.", "Покупала в {year} году в {store}, продаю за ненадобностью.", "Небольшие следы использования, см. фото.", "Не курим, животных нет.", "Всё работает, сброшен до заводских настроек.", "Самовывоз от метро или отправка Авито Доставкой.", "Торг уместен."],
           "n": ["Новый, в заводской плёнке.", "Отправка в день заказа.", "Чек и гарантия.", "Подарили, не пригодился."],
           "l": ["Покупала в {boutique} в {year} году.", "Пыльник, коробка и чек в наличии.", "Возможна проверка подлинности.", "Проходили обслуживание в прошлом году."]},
    "zh": {"u": ["自用闲置，成色很好。", "{year}年在{store}购入，现在用不上了。", "有轻微使用痕迹，详见图片。", "功能完好，已恢复出厂设置。", "同城可面交，外地顺丰到付。", "无拆无修。"],
           "n": ["全新未拆封。", "当天发货。", "支持七天无理由退货。", "可开发票。", "品质保证，放心购买。"],
           "l": ["{year}年{boutique}购入。", "配件齐全，有防尘袋、盒子和小票。", "支持任意鉴定。", "去年做过保养。"]},
    "ja": {"u": ["数回使用しただけなので綺麗です。", "{year}年に{store}で購入しました。", "多少の使用感があります。写真をご確認ください。", "喫煙者・ペットはいません。", "動作確認済み、初期化済みです。", "ご不明な点はコメントください。"],
           "n": ["新品未開封です。", "即日発送いたします。", "保証書付きです。", "頂き物ですが未使用です。"],
           "l": ["{year}年に{boutique}で購入しました。", "保存袋・箱・レシート付きです。", "鑑定済みです。", "昨年オーバーホール済み。"]},
    "pl": {"u": ["Mało używany, stan bardzo dobry.", "Kupiony w {year} w {store}, sprzedaję, bo nie używam.", "Lekkie ślady użytkowania, zobacz zdjęcia.", "Dom bez zwierząt i palaczy.", "Sprawny w 100%, przywrócony do ustawień fabrycznych.", "Odbiór osobisty w Krakowie lub wysyłka.", "Cena do negocjacji."],
           "n": ["Nowy, fabrycznie zapakowany.", "Wysyłka w 24h.", "Faktura VAT.", "Nietrafiony prezent, nieużywany."],
           "l": ["Kupiona w {boutique} w {year}.", "Komplet: dust bag, pudełko i paragon.", "Możliwa weryfikacja autentyczności.", "Serwisowany w zeszłym roku."]},
    "tr": {"u": ["Çok az kullanıldı, çok temiz.", "{year} yılında {store} üzerinden aldım, kullanmadığım için satıyorum.", "Hafif kullanım izleri var, fotoğraflara bakınız.", "Sigara içilmeyen evden.", "Sorunsuz çalışıyor, fabrika ayarlarına döndürüldü.", "Elden teslim veya kargo."],
           "n": ["Sıfır, kutusu açılmamış.", "Aynı gün kargo.", "Faturalı ve garantili.", "Hediye geldi, hiç kullanılmadı."],
           "l": ["{year} yılında {boutique} mağazasından alındı.", "Toz torbası, kutu ve fatura mevcut.", "Orijinallik kontrolüne açığım.", "Geçen yıl bakımı yapıldı."]},
}


def honest_description(rng: random.Random, lang: str, kinds: str, n: int | None = None) -> str:
    pool = []
    for k in kinds:
        pool.extend(HONEST_DESC[lang][k])
    n = n or rng.choice([1, 2, 2, 3])
    picked = rng.sample(pool, min(n, len(pool)))
    text = " ".join(picked)
    return text.format(year=rng.randint(2018, 2024), store=rng.choice(STORES[lang]), boutique=BOUTIQUES[lang])


# ---------------------------------------------------------------------------------------------
# Titles
# ---------------------------------------------------------------------------------------------

def clean(text: str) -> str:
    text = text.replace("【】", "").replace("()", "").replace("( )", "").replace("[]", "")
    text = re.sub(r"[ \t]+", " ", text)
    for _ in range(3):
        text = re.sub(r"\s+([,;:)])", r"\1", text)
        text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
        text = re.sub(r"\s*([–|\-])\s*(?:[–|\-,]\s*)+", r" \1 ", text)
        text = re.sub(r"\(\s*", "(", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^[\s,;:–|\-]+|[\s,;:–|\-]+$", "", text)
    return text


def render(template: str, slots: dict[str, str]) -> str:
    out = re.sub(r"\{(\w)\}", lambda m: slots.get(m.group(1), ""), template)
    return clean(out)


HONEST_TEMPLATES = {
    "en": ["{B} {M} {N} {S} {C} {Z}", "{B} {M} {S} {C} {Z} - {K}", "{K} {B} {M} {N} {S} {C} {Z}", "{B} {M} {N}, {S}, {C} ({K})",
           "{G} {B} {M} {S} {C} {Z} | {E}", "{B} {M} {S} {C} {N} {Z} {K} {E}", "{B} {M} - {S} - {C} - {E}", "{B} {N} {M} {S} {C} {Z}"],
    "de": ["{B} {M} {S} {C} {Z} – {K}", "{N} {B} {M} {S} {C} {Z}, {K}, {E}", "{B} {M} {N} {S} {C} {G} {Z} {K}", "{K}: {B} {M} {S} {C} {Z} {E}"],
    "fr": ["{N} {B} {M} {S} {C} {Z} – {K}", "{B} {M} {S} {C} {Z} {K}, {E}", "{B} {M} {N} {G} {S} {C} {Z}", "{N} {B} {M} {C} {Z}, {E}"],
    "es": ["{N} {B} {M} {S} {C} {Z} {K}", "{B} {M} {S} {C} {Z} - {K} - {E}", "{B} {M} {N} {G} {S} {C} {Z}", "{N} {G} {B} {M} {C} {Z}, {E}"],
    "it": ["{N} {B} {M} {S} {C} {Z} {K}", "{B} {M} {S} {C} {Z} {K} {E}", "{B} {M} {N} {G} {S} {C}", "{N} {B} {M} {C} {Z} - {E}"],
    "pt": ["{N} {B} {M} {S} {C} {Z} {K} {E}", "{B} {M} {S} {C} {Z} - {K}", "{N} {B} {M} {G} {S} {C} {Z} {E}"],
    "ru": ["{N} {B} {M} {S} {C} {Z}, {K}", "{B} {M} {S} {C} {Z} {K} {E}", "{N} {G} {B} {M} {S} {C}"],
    "zh": ["{B} {M} {S} {C} {N} {K} {E}", "{K} {B} {M} {S} {C} {Z} {E}", "【{E}】{B} {M} {S} {C} {N}", "{B} {M} {S} {C} {G}{N} {Z}"],
    "ja": ["【{K}】{B} {M} {S} {C} {E}", "{B} {M} {N} {S} {C} {Z} {K}", "{B} {M} {S} {C} {G} {Z} {E}"],
    "pl": ["{N} {B} {M} {S} {C} {Z} {K}", "{B} {M} {S} {C} {Z} – {K}, {E}", "{N} {G} {B} {M} {S} {C} {Z}"],
    "tr": ["{B} {M} {S} {C} {G} {N} {Z}", "{B} {M} {S} {C} {N} {Z} {K} {E}", "{K} {B} {M} {S} {C} {Z} {N}"],
}


def brand_display(rng: random.Random, p: Product, lang: str) -> str:
    """How an honest seller writes the brand."""
    if not p.target:
        return p.brand
    b = BRANDS[p.brand]
    if lang == "zh":
        return rng.choice([b.name, f"{b.name}/{b.zh}", b.zh, f"{b.zh} {b.name}", f"{b.name}{b.zh}"])
    if lang == "ja":
        return rng.choice([f"{b.name.upper()} {b.ja}", b.ja, b.name.upper(), f"{b.ja} {b.name}"])
    if lang == "ru" and rng.random() < 0.1:
        return b.ru
    r = rng.random()
    if r < 0.08:
        return b.name.upper()
    if r < 0.1 and b.abbr and b.slug in ("louis-vuitton", "saint-laurent", "new-balance"):
        return b.abbr[0]
    return b.name


UNIT = re.compile(r"^\d[\d.,]*\s*(GB|TB|ml|mm|kg|g|cm)$", re.I)


def pick_specs(rng: random.Random, specs: list[str], most: int = 2, model: str = "", variants: bool = False) -> str:
    specs = [x for x in specs if x.lower() not in model.lower()]
    if not specs:
        return ""
    k = min(rng.choice([0, 1, 1, 2, 2, 3]), most, len(specs))
    chosen = [specs[i] for i in sorted(rng.sample(range(len(specs)), k))]
    if not variants:
        seen_unit = False
        kept = []
        for x in chosen:
            if UNIT.match(x):
                if seen_unit:
                    continue
                seen_unit = True
            kept.append(x)
        chosen = kept
    return " ".join(chosen)


SPEC_COLOR = re.compile(r"Black|Gr[ae]y|Titanium|Silver|Blue|White|Midnight|Starlight|Mint|Graphite|Ultramarine|Teal|Violet|Onyx|Marble|Green|Pink|Red|Beige|Brown|Navy|Gold|Panda|Zebra|Bone|Onyx|Rain Cloud|Fog", re.I)


def color_for(rng: random.Random, p: Product, lang: str, specs: str, chance: float) -> str:
    if not p.colors or SPEC_COLOR.search(specs) or SPEC_COLOR.search(p.model) or rng.random() >= chance:
        return ""
    return COLOR[rng.choice(p.colors)][lang]


def noun_for(rng: random.Random, p: Product, lang: str, chance: float = 0.8) -> str:
    if not p.kind or rng.random() >= chance:
        return ""
    noun = NOUN[p.kind][lang]
    if noun.lower() in p.model.lower() or NOUN[p.kind]["en"].lower() in p.model.lower():
        return ""
    return noun


def product_slots(rng: random.Random, p: Product, lang: str, cond: str, extras: list[str]) -> dict[str, str]:
    slots = {
        "B": brand_display(rng, p, lang),
        "M": p.model,
        "N": noun_for(rng, p, lang),
        "S": pick_specs(rng, p.specs, model=p.model),
        "C": "",
        "K": COND[cond][lang] if rng.random() < 0.75 else "",
        "E": extras[0] if extras else "",
        "G": "",
        "Z": "",
    }
    slots["C"] = color_for(rng, p, lang, slots["S"], 0.65)
    if p.kind in SHOE_KINDS:
        slots["Z"] = shoe_size(rng, lang) if rng.random() < 0.8 else ""
    elif p.kind in SIZED_CLOTHES and "Size" not in slots["S"]:
        slots["Z"] = cloth_size(rng, lang) if rng.random() < 0.7 else ""
    if p.kind in GENDERED and rng.random() < 0.4:
        slots["G"] = GENDER[rng.choice(["men", "women", "unisex"])][lang]
    return slots


# ---------------------------------------------------------------------------------------------
# Honest listings
# ---------------------------------------------------------------------------------------------

def listing(title: str, *, description=None, price=None, brand=None, seller=None, url=None, category=None) -> dict:
    out = {"title": title}
    if description:
        out["description"] = description
    if price:
        out.update(price)
    for key, value in (("brand", brand), ("seller", seller), ("url", url), ("category", category)):
        if value:
            out[key] = value
    return out


def cat_name(rng: random.Random, cat: str, lang: str) -> str | None:
    if rng.random() < 0.4:
        return None
    return CATEGORY[cat][lang] if rng.random() < 0.85 else CATEGORY[cat]["en"]


def honest_branded(rng: random.Random, lang: str) -> tuple[str, dict]:
    pool = CATALOGUE if rng.random() < 0.62 else OTHER_BRANDS
    p = rng.choice(pool)
    used = p.used is not None and rng.random() < (0.6 if lang in ("de", "fr", "es", "it", "pt", "ru", "ja", "pl") else 0.45)
    cond = rng.choice(USED_CONDS) if used else rng.choice(NEW_CONDS)
    lux = p.target and BRANDS[p.brand].lux
    extras_pool = [EXTRA["authentic"][lang], EXTRA["receipt"][lang], EXTRA["fast"][lang], EXTRA["gift"][lang]]
    if p.kind not in SIZED_CLOTHES | {"jeans", "socks", "cap", "scarf"}:
        extras_pool.append(EXTRA["box"][lang])
    if used:
        extras_pool += [EXTRA["negotiable"][lang], EXTRA["pickup"][lang]]
    else:
        extras_pool += [EXTRA["warranty"][lang], EXTRA["free_shipping"][lang]]
    if lux:
        extras_pool += [EXTRA_LUX["papers"][lang] if p.kind in ("watch", "bracelet", "ring") else EXTRA_LUX["dust_bag"][lang], EXTRA_LUX["full_set"][lang]]
    if p.kind == "phone":
        extras_pool += [EXTRA_PHONE["unlocked"][lang], EXTRA_PHONE["dual_sim"][lang]] + ([EXTRA_PHONE["battery"][lang]] if used else [])
    extras = rng.sample(extras_pool, 2) if rng.random() < 0.7 else []
    slots = product_slots(rng, p, lang, cond, extras)
    title = render(rng.choice(HONEST_TEMPLATES[lang]), slots)
    if extras[1:] and rng.random() < 0.3 and len(title) < 90:
        title = clean(f"{title}, {extras[1]}")
    lo, hi = p.used if used else p.new
    usd = rng.uniform(lo, hi)
    price = make_price(rng, usd, lang, "used" if used else "retail") if rng.random() < 0.93 else None
    desc = honest_description(rng, lang, ("u" if used else "n") + ("l" if lux and rng.random() < 0.7 else "")) if rng.random() < 0.6 else None
    seller = honest_seller(rng, lang, retail=not used)
    if lux and used and lang == "en" and rng.random() < 0.5:
        seller = rng.choice(["The RealReal", "Fashionphile", "Rebag", "Vestiaire Collective", "Watchfinder & Co.", "Bob's Watches", "Luxury Garage Sale", "WatchBox"])
    cls = "branded-used" if used else "branded-new"
    return cls, listing(title, description=desc, price=price, brand=p.brand_name if rng.random() < 0.55 else None,
                        seller=seller if rng.random() < 0.8 else None, url=honest_url(rng, lang, title) if rng.random() < 0.7 else None,
                        category=cat_name(rng, p.category, lang))


# Accessories made for branded devices: the brand names the device the accessory fits.
ACCESSORY_PHRASES = {
    "case": tr("Case for {D}|Hülle für {D}|Coque pour {D}|Funda para {D}|Cover per {D}|Capa para {D}|Чехол для {D}|适用于{D}手机壳|{D} ケース|Etui do {D}|{D} Kılıf"),
    "glass": tr("Tempered Glass Screen Protector for {D}, 2 Pack|Panzerglas Schutzfolie für {D}, 2 Stück|Verre trempé pour {D}, lot de 2|Protector de pantalla cristal templado para {D}, 2 unidades|Pellicola vetro temperato per {D}, 2 pezzi|Película de vidro para {D}, kit com 2|Защитное стекло для {D}, 2 шт.|{D} 钢化膜 两片装|{D} ガラスフィルム 2枚セット|Szkło hartowane do {D}, 2 szt.|{D} Ekran Koruyucu Temperli Cam 2 Adet"),
    "charger": tr("Fast Charger compatible with {D}, 25W USB-C|Schnellladegerät kompatibel mit {D}, 25W USB-C|Chargeur rapide compatible {D}, 25W USB-C|Cargador rápido compatible con {D}, 25W USB-C|Caricatore rapido compatibile con {D}, 25W USB-C|Carregador turbo compatível com {D}, 25W USB-C|Быстрая зарядка для {D}, 25 Вт USB-C|{D} 兼容快充充电器 25W|{D} 対応 急速充電器 25W USB-C|Ładowarka kompatybilna z {D}, 25W USB-C|{D} Uyumlu Hızlı Şarj Adaptörü 25W"),
    "band": tr("Replacement band for {D}|Ersatzarmband für {D}|Bracelet de rechange pour {D}|Correa de repuesto para {D}|Cinturino di ricambio per {D}|Pulseira para {D}|Ремешок для {D}|{D} 替换表带|{D} 交換バンド|Pasek do {D}|{D} Uyumlu Kordon"),
    "pads": tr("Replacement ear pads for {D}|Ersatz-Ohrpolster für {D}|Coussinets de remplacement pour {D}|Almohadillas de repuesto para {D}|Cuscinetti di ricambio per {D}|Espumas de reposição para {D}|Амбушюры для {D}|{D} 替换耳罩|{D} 交換用イヤーパッド|Nauszniki zamienne do {D}|{D} Yedek Kulak Pedi"),
    "remote": tr("Replacement remote control for {D}|Ersatzfernbedienung für {D}|Télécommande de remplacement pour {D}|Mando a distancia de repuesto para {D}|Telecomando sostitutivo per {D}|Controle remoto para {D}|Пульт для {D}|{D} 替换遥控器|{D} 互換リモコン|Pilot zamienny do {D}|{D} Uyumlu Kumanda"),
    "earcase": tr("Protective case for {D}|Schutzhülle für {D}|Étui de protection pour {D}|Funda protectora para {D}|Custodia protettiva per {D}|Case protetor para {D}|Чехол для {D}|{D} 保护套|{D} 保護ケース|Etui ochronne na {D}|{D} Koruyucu Kılıf"),
}
ACCESSORY_DEVICES = {
    "case": (["Apple iPhone 15 Pro", "iPhone 15 Pro Max", "iPhone 13", "iPhone 16", "Samsung Galaxy S24 Ultra", "Galaxy A55 5G", "Galaxy Z Flip5", "Sony Xperia 1 V", "Google Pixel 8", "Xiaomi Redmi Note 13 Pro"], (6, 25), "phone_acc"),
    "glass": (["iPhone 15", "Apple iPhone 15 Pro Max", "Samsung Galaxy S24", "Galaxy S24 Ultra", "Sony Xperia 1 V", "iPad 10th generation", "Galaxy Tab S9"], (5, 15), "phone_acc"),
    "charger": (["Samsung Galaxy S24", "Galaxy S24 Ultra", "Apple iPhone 15", "iPad 10", "Galaxy Tab S9", "Google Pixel 8"], (10, 25), "phone_acc"),
    "band": (["Apple Watch Series 9 45mm", "Apple Watch Ultra 2 49mm", "Apple Watch SE 40mm", "Samsung Galaxy Watch6 Classic", "Garmin Forerunner 265"], (8, 30), "accessories"),
    "pads": (["Bose QuietComfort 45", "Bose QC35 II", "Sony WH-1000XM5", "Sony WH-1000XM4", "Apple AirPods Max"], (12, 30), "audio"),
    "remote": (["Samsung Smart TV", "Samsung QLED TV BN59-01315B", "Sony Bravia", "Sony Bravia RMT-TX300E", "LG Smart TV"], (8, 16), "electronics"),
    "earcase": (["AirPods Pro 2", "Apple AirPods 4", "Samsung Galaxy Buds2 Pro", "Sony WF-1000XM5", "Bose QuietComfort Earbuds II"], (6, 15), "audio"),
}
ACCESSORY_MODS = {
    "en": ["Shockproof", "Clear", "Slim", "Genuine Leather", "Magnetic", "MagSafe Compatible", "Silicone", "Wallet", "Black", "Navy Blue", "2024", "Soft TPU"],
    "de": ["stoßfest", "transparent", "dünn", "Echtleder", "magnetisch", "Silikon", "Schwarz", "mit Kartenfach"],
    "fr": ["antichoc", "transparente", "fine", "cuir véritable", "magnétique", "silicone", "noir", "portefeuille"],
    "es": ["antigolpes", "transparente", "fina", "piel auténtica", "magnética", "silicona", "negra", "tipo cartera"],
    "it": ["antiurto", "trasparente", "sottile", "vera pelle", "magnetica", "silicone", "nera", "a portafoglio"],
    "pt": ["anti-impacto", "transparente", "fina", "couro legítimo", "magnética", "silicone", "preta", "carteira"],
    "ru": ["противоударный", "прозрачный", "тонкий", "кожаный", "магнитный", "силиконовый", "чёрный", "книжка"],
    "zh": ["防摔", "透明", "超薄", "真皮", "磁吸", "硅胶", "黑色", "翻盖"],
    "ja": ["耐衝撃", "クリア", "薄型", "本革", "マグネット", "シリコン", "ブラック", "手帳型"],
    "pl": ["pancerne", "przezroczyste", "cienkie", "skórzane", "magnetyczne", "silikonowe", "czarne", "z klapką"],
    "tr": ["darbe emici", "şeffaf", "ince", "hakiki deri", "mıknatıslı", "silikon", "siyah", "cüzdanlı"],
}
# English-only accessories for luxury goods and other branded things.
ACCESSORY_EN = [
    ("Bag Organizer Insert for Louis Vuitton Neverfull MM, Felt, {c}", (18, 35), "bags"),
    ("Purse Organizer for LV Speedy 30 / 25 - Felt Insert with Zip Pocket", (18, 32), "bags"),
    ("Handbag Shaper Pillow for Hermès Birkin 30 - Keeps Shape in Storage", (25, 45), "bags"),
    ("Felt Insert Organizer fits Chanel Classic Flap Medium", (20, 35), "bags"),
    ("Rubber Strap for Rolex Submariner 41mm, 21mm Lug, {c}", (35, 80), "watches"),
    ("Curved End Rubber Watch Strap compatible with Omega Seamaster 300M 20mm", (30, 70), "watches"),
    ("NATO Strap for Omega Speedmaster Moonwatch 20mm, {c}", (15, 30), "watches"),
    ("Replacement Strap for Omega x Swatch MoonSwatch, Velcro 20mm", (12, 25), "watches"),
    ("Leather Watch Strap for Cartier Tank Must, Alligator Grain, {c}", (40, 90), "watches"),
    ("Watch Box for 6 Watches - fits Rolex, Omega, TAG Heuer - Carbon Fibre", (35, 60), "watches"),
    ("Crease Protectors for Nike Air Force 1 - 2 Pairs", (8, 15), "shoes"),
    ("Replacement Laces for New Balance 550, 120cm Flat, {c}", (6, 12), "shoes"),
    ("Shoe Laces for adidas Samba OG, Waxed Cotton, {c}", (6, 12), "shoes"),
    ("Sole Protector Sheets for Balenciaga Triple S", (12, 20), "shoes"),
    ("Heatsink for Samsung 990 PRO NVMe SSD, PS5 Compatible", (10, 20), "computers"),
    ("USB-C Card Reader compatible with SanDisk Extreme microSD", (8, 18), "computers"),
    ("NP-FZ100 Battery for Sony Alpha 7 IV, 2280mAh, 2 Pack + Charger", (30, 50), "cameras"),
    ("Replacement Tips for Apple Pencil 2nd Generation, 4 Pack", (8, 14), "computers"),
    ("Hard Shell Case for MacBook Air 13\" M2, {c}", (18, 30), "computers"),
    ("Replacement Lenses for Ray-Ban RB2140 Wayfarer 50mm, Polarized", (20, 45), "accessories"),
    ("Charm Bracelet compatible with Pandora Charms, 925 Sterling Silver", (12, 28), "jewellery"),
    ("Charging Station for PS5 DualSense Controllers, Dual Dock", (15, 30), "gaming"),
    ("Silicone Skin for Sony DualSense Controller, 2 Pack, {c}", (6, 12), "gaming"),
    ("Wall Mount for Bose SoundLink Flex", (12, 22), "audio"),
    ("Carrying Case for Bose QuietComfort Ultra Headphones", (15, 25), "audio"),
    ("Food Storage Container for 15kg Royal Canin bags, Airtight, 40L", (25, 40), "pets"),
    ("Replacement Ear Tips for AirPods Pro, Memory Foam, S/M/L", (10, 18), "audio"),
    ("Stand for Apple Watch and AirPods, Aluminium, {c}", (15, 30), "electronics"),
    ("Travel Case for Dyson Airwrap", (20, 35), "beauty"),
    ("Dust Bag Replacement for Gucci Bags, Cotton Drawstring, Large", (10, 18), "bags"),
]


def honest_accessory(rng: random.Random, lang: str) -> tuple[str, dict]:
    if lang == "en" and rng.random() < 0.45:
        text, (lo, hi), cat = rng.choice(ACCESSORY_EN)
        title = text.replace("{c}", COLOR[rng.choice(["black", "brown", "beige", "grey", "navy", "white"])]["en"])
        if rng.random() < 0.4:
            title = f"{title} | {rng.choice(['Free Shipping', 'UK Seller', 'Fast Dispatch', 'Handmade', 'New'])}"
        return "accessory", listing(title, price=make_price(rng, rng.uniform(lo, hi), lang, "retail"),
                                    seller=private_seller(rng, lang) if rng.random() < 0.7 else None,
                                    url=honest_url(rng, lang, title, rng.choice(["etsy.com", "amazon.com", "ebay.com", "amazon.co.uk"])) if rng.random() < 0.7 else None,
                                    category=cat_name(rng, cat, lang),
                                    brand=rng.choice(["Generic", "Unbranded", None, None, "Handmade"]))
    kind = rng.choice(list(ACCESSORY_PHRASES))
    devices, (lo, hi), cat = ACCESSORY_DEVICES[kind]
    device = rng.choice(devices)
    if lang == "zh":
        device = device.replace("Apple iPhone", "苹果iPhone").replace("Samsung Galaxy", "三星Galaxy").replace("Sony", "索尼").replace("Bose", "Bose博士")
    title = ACCESSORY_PHRASES[kind][lang].format(D=device)
    mods = rng.sample(ACCESSORY_MODS[lang], rng.choice([0, 1, 2]))
    if mods:
        title = f"{title} {' '.join(mods)}" if rng.random() < 0.6 else f"{' '.join(mods)} {title}"
    return "accessory", listing(clean(title), price=make_price(rng, rng.uniform(lo, hi), lang, "retail"),
                                seller=honest_seller(rng, lang, retail=False) if rng.random() < 0.7 else None,
                                url=honest_url(rng, lang, title) if rng.random() < 0.6 else None,
                                category=cat_name(rng, cat, lang),
                                brand=rng.choice(["Generic", "Unbranded", None, None, "ESR", "Spigen", "OtterBox", "Baseus", "Anker", "JETech"]) if kind in ("case", "glass", "charger") else rng.choice([None, "Generic", "Unbranded"]))


GENERIC = {
    "en": [
        ("Stainless Steel Garlic Press with Silicone Peeler", "home", (8, 18)), ("Non-Stick Frying Pan 28cm, Induction Compatible", "home", (18, 40)),
        ("Glass Food Storage Containers with Lids, Set of 10", "home", (22, 40)), ("Bamboo Cutting Board Set of 3 with Juice Groove", "home", (15, 30)),
        ("Electric Kettle 1.7L Stainless Steel, Auto Shut-Off", "home", (20, 40)), ("Enamelled Cast Iron Dutch Oven 5.5 qt", "home", (45, 90)),
        ("Silicone Baking Mats, Set of 2, Half Sheet", "home", (9, 16)), ("Ceramic Coffee Mugs Set of 4, 350ml", "home", (18, 32)),
        ("French Press Coffee Maker 1L, Borosilicate Glass", "home", (15, 30)), ("Kitchen Knife Set with Wooden Block, 15 Pieces", "home", (35, 80)),
        ("Vacuum Insulated Water Bottle 750ml, Leakproof", "sports", (12, 28)), ("Egyptian Cotton Bath Towels, Set of 6", "home", (30, 60)),
        ("Microfibre Bed Sheet Set, Queen, Deep Pocket", "home", (20, 40)), ("Blackout Curtains 2 Panels, Thermal Insulated, 52x84 in", "home", (25, 45)),
        ("LED Desk Lamp with USB Charging Port, Dimmable", "home", (18, 35)), ("Memory Foam Pillow, Ergonomic Cervical Support", "home", (25, 45)),
        ("Sherpa Fleece Throw Blanket 130x150cm", "home", (18, 35)), ("Digital Kitchen Scale 5kg, Tare Function", "home", (10, 20)),
        ("Wine Glasses Set of 6, Crystal Clear, 450ml", "home", (20, 40)), ("Over-the-Door Shoe Organizer, 24 Pockets", "home", (10, 20)),
        ("Scented Soy Candle, Lavender & Cedarwood, 40h Burn", "home", (12, 25)), ("Silent Non-Ticking Wall Clock 30cm", "home", (15, 28)),
        ("Solid Oak Coffee Table 110x60cm", "furniture", (180, 350)), ("Velvet Accent Chair with Gold Legs", "furniture", (120, 250)),
        ("5-Tier Industrial Bookshelf, Rustic Brown", "furniture", (60, 120)), ("Ergonomic Mesh Office Chair with Lumbar Support", "furniture", (120, 260)),
        ("TV Stand Media Console for TVs up to 65 inch", "furniture", (90, 180)), ("Bedside Table with Drawer, Set of 2", "furniture", (60, 120)),
        ("Folding Dining Table for 4, Space Saving", "furniture", (90, 180)), ("Electric Standing Desk Frame, Dual Motor", "furniture", (220, 400)),
        ("Cordless Drill Driver 20V with 2 Batteries and Charger", "tools", (45, 90)), ("Socket Wrench Set 46 pcs, 1/4 inch Drive", "tools", (20, 40)),
        ("Claw Hammer 16 oz, Fibreglass Handle", "tools", (10, 20)), ("Tape Measure 8m / 26ft, Magnetic Hook", "tools", (8, 16)),
        ("Precision Screwdriver Set 60 in 1 for Electronics Repair", "tools", (12, 25)), ("Self-Levelling Cross Line Laser Level 15m", "tools", (30, 60)),
        ("Soldering Iron Kit 60W, Adjustable Temperature", "tools", (18, 35)), ("Heat Gun 2000W with 4 Nozzles", "tools", (20, 40)),
        ("Wooden Building Blocks 100 Pieces with Storage Bag", "toys", (20, 35)), ("Remote Control Car 1:16 Off-Road 4WD, 36km/h", "toys", (35, 65)),
        ("Plush Teddy Bear 40cm, Super Soft", "toys", (15, 30)), ("Magnetic Building Tiles 60 Pieces", "toys", (30, 55)),
        ("Jigsaw Puzzle 1000 Pieces, Alpine Lake Landscape", "toys", (12, 22)), ("Kids Play Kitchen Set with Sounds and Lights", "toys", (60, 120)),
        ("Wooden Train Set 80 Pieces, Compatible with Major Brands", "toys", (30, 55)), ("Bubble Machine for Kids, 5000+ Bubbles per Minute", "toys", (18, 30)),
        ("Organic Extra Virgin Olive Oil 1L, Cold Pressed", "grocery", (12, 22)), ("Basmati Rice 5kg, Aged", "grocery", (10, 18)),
        ("Raw Wildflower Honey 500g", "grocery", (8, 15)), ("Whole Bean Coffee Medium Roast 1kg", "grocery", (14, 28)),
        ("Green Tea 100 Bags", "grocery", (5, 10)), ("Mixed Nuts Unsalted 1kg Resealable Bag", "grocery", (14, 24)),
        ("Dried Mango Slices, No Added Sugar, 500g", "grocery", (8, 14)), ("Penne Pasta 500g x 10", "grocery", (10, 16)),
        ("Orthopedic Dog Bed, Large, Washable Cover", "pets", (35, 70)), ("Cat Scratching Post 80cm with Sisal Rope", "pets", (20, 40)),
        ("Clumping Cat Litter 10L, Unscented", "pets", (8, 15)), ("Retractable Dog Leash 5m for Dogs up to 25kg", "pets", (12, 22)),
        ("Pet Water Fountain 2L with Filter", "pets", (20, 35)), ("Grain-Free Dry Dog Food Salmon & Sweet Potato 12kg", "pets", (45, 75)),
        ("Hyaluronic Acid Serum 30ml, Fragrance Free", "beauty", (8, 18)), ("Makeup Brush Set 12 pcs with Case", "beauty", (10, 22)),
        ("Ceramic Hair Straightener, Adjustable Temperature", "beauty", (20, 45)), ("Argan Oil Shampoo 500ml, Sulfate Free", "beauty", (8, 15)),
        ("Sheet Face Masks, 20 Pack, Assorted", "beauty", (10, 18)), ("Mineral Sunscreen SPF 50, 100ml", "beauty", (10, 20)),
        ("Men's Cotton Crew Neck T-Shirt, Pack of 3", "clothing", (18, 30)), ("Women's High Waist Yoga Leggings with Pockets", "clothing", (15, 30)),
        ("Merino Wool Crew Neck Jumper", "clothing", (45, 90)), ("Men's Slim Fit Stretch Chinos", "clothing", (25, 45)),
        ("Women's Linen Summer Dress, Midi", "clothing", (30, 55)), ("Lightweight Waterproof Rain Jacket, Packable", "clothing", (30, 60)),
        ("Men's Leather Chelsea Boots", "shoes", (60, 120)), ("Women's Canvas Low Top Sneakers", "shoes", (20, 40)),
        ("Lightweight Breathable Running Shoes", "shoes", (30, 60)), ("Kids Wellington Rain Boots", "shoes", (15, 28)),
        ("Canvas Tote Bag with Inner Pocket", "bags", (12, 25)), ("Women's Leather Crossbody Bag, Small", "bags", (30, 70)),
        ("Laptop Backpack 15.6 inch, Water Resistant, USB Port", "bags", (25, 45)), ("Travel Duffel Bag 40L, Cabin Size", "bags", (25, 50)),
        ("Men's Slim Leather Wallet, RFID Blocking", "accessories", (15, 30)), ("Hardshell Suitcase 24 inch, Spinner Wheels, TSA Lock", "bags", (70, 140)),
        ("Men's Quartz Watch, Stainless Steel, 40mm", "watches", (25, 60)), ("Digital Sports Watch, Waterproof 50m, Stopwatch", "watches", (15, 30)),
        ("Women's Minimalist Watch with Mesh Strap", "watches", (20, 45)), ("925 Sterling Silver Hoop Earrings 20mm", "jewellery", (15, 35)),
        ("Freshwater Pearl Necklace 45cm", "jewellery", (30, 70)), ("14K Gold Plated Paperclip Chain Necklace", "jewellery", (15, 30)),
        ("Handmade Beaded Bracelet, Natural Stones", "jewellery", (8, 20)), ("Non-Slip Yoga Mat 6mm with Carry Strap", "sports", (18, 35)),
        ("Adjustable Dumbbells 2 x 10kg", "sports", (50, 90)), ("Resistance Bands Set, 5 Levels", "sports", (10, 22)),
        ("2-Person Camping Tent, Waterproof, Easy Setup", "sports", (40, 90)), ("Bike Helmet with LED Rear Light, Adult", "sports", (25, 50)),
        ("Kettlebell 16kg, Cast Iron", "sports", (30, 55)), ("Anti-Fog Swimming Goggles, UV Protection", "sports", (8, 15)),
        ("Front Brake Pads Set for VW Golf VII 2013-2020", "car", (25, 45)), ("H7 LED Headlight Bulbs, 2 Pack, 6000K", "car", (20, 40)),
        ("Car Phone Mount for Air Vent, Magnetic", "car", (10, 20)), ("Wiper Blades 24\" + 18\" Set", "car", (15, 28)),
        ("Dash Cam Front 1080p with Night Vision", "car", (30, 60)), ("Portable Tyre Inflator, Digital, 12V", "car", (25, 45)),
        ("Expandable Garden Hose 30m with Spray Nozzle", "garden", (20, 40)), ("Bypass Pruning Shears, SK5 Blade", "garden", (10, 22)),
        ("Raised Garden Bed, Galvanised Steel, 180x90cm", "garden", (45, 90)), ("Solar Garden Lights, 8 Pack, Warm White", "garden", (18, 35)),
        ("Heirloom Tomato Seeds, 10 Varieties", "garden", (6, 12)), ("Multi-Purpose Compost 40L", "garden", (6, 12)),
        ("Muslin Swaddle Blankets, 3 Pack, 120x120cm", "baby", (18, 35)), ("Anti-Colic Baby Bottles 260ml, 3 Pack", "baby", (18, 30)),
        ("Video Baby Monitor with Camera and Audio, 5\" Screen", "baby", (50, 100)), ("Silicone Baby Bibs, 4 Pack", "baby", (10, 18)),
        ("Baby Bodysuits Short Sleeve, Organic Cotton, 5 Pack", "baby", (15, 28)), ("Convertible High Chair, Adjustable", "baby", (60, 130)),
        ("A4 Ring Binders, 10 Pack, Assorted Colours", "office", (12, 22)), ("Gel Pens 0.5mm, 12 Pack, Black", "office", (6, 12)),
        ("Sticky Notes 76x76mm, 12 Pads", "office", (6, 12)), ("Dotted Notebook A5, Hardcover, 160 Pages", "office", (8, 16)),
        ("Heavy Duty Stapler, 100 Sheet Capacity", "office", (15, 30)), ("Cross-Cut Paper Shredder, 8 Sheet", "office", (35, 70)),
        ("USB-C Hub 7-in-1 with HDMI 4K, SD Card Reader", "computers", (18, 35)), ("Mechanical Gaming Keyboard RGB, Blue Switches", "computers", (30, 60)),
        ("Wireless Mouse 2.4G, Silent Click", "computers", (8, 18)), ("Laptop Cooling Pad with 5 Fans", "computers", (18, 32)),
        ("HDMI 2.1 Cable 2m, 8K 60Hz", "computers", (8, 16)), ("ATX Mid Tower PC Case with Tempered Glass", "computers", (50, 100)),
        ("Thermal Paste 4g with Spatula", "computers", (5, 10)), ("1080p Webcam with Microphone, Plug and Play", "computers", (20, 40)),
        ("Power Bank 20000mAh, USB-C PD 22.5W", "electronics", (20, 40)), ("Smart Plug WiFi, 4 Pack, Works with Alexa", "electronics", (20, 35)),
        ("LED Strip Lights 10m, RGB with Remote", "electronics", (15, 28)), ("Wireless Earbuds Bluetooth 5.3, 40H Playtime", "audio", (15, 35)),
        ("4K Action Camera, Waterproof 40m, 2 Batteries", "cameras", (40, 80)), ("Mini Portable Projector 1080p Supported", "electronics", (60, 130)),
        ("Digital Infrared Thermometer, Forehead and Ear", "health", (15, 30)), ("Upper Arm Blood Pressure Monitor", "health", (25, 50)),
        ("Weekly Pill Organizer, 2 Times a Day", "health", (6, 12)), ("Massage Gun Deep Tissue, 30 Speeds", "health", (40, 90)),
        ("Soprano Ukulele Beginner Kit with Bag and Tuner", "music", (30, 60)), ("Acoustic Guitar Strings, Phosphor Bronze, 3 Sets", "music", (15, 28)),
        ("Acrylic Paint Set, 24 Colours x 22ml", "art", (12, 22)), ("Stretched Canvas Panels 30x40cm, 10 Pack", "art", (18, 32)),
    ],
    "de": [
        ("Knoblauchpresse Edelstahl, spülmaschinenfest", "home", (8, 18)), ("Bratpfanne antihaftbeschichtet 28 cm, induktionsgeeignet", "home", (18, 40)),
        ("Bettwäsche 135x200 cm, 100 % Baumwolle, 2-teilig", "home", (25, 50)), ("Kinderfahrrad 16 Zoll mit Stützrädern", "sports", (90, 180)),
        ("Gartenschlauch 20 m mit Brause", "garden", (20, 40)), ("LED Schreibtischlampe dimmbar mit USB", "home", (18, 35)),
        ("Holzeisenbahn Set 80 Teile", "toys", (30, 55)), ("Yogamatte rutschfest 6 mm mit Tragegurt", "sports", (18, 35)),
        ("Akkuschrauber 18 V mit 2 Akkus und Koffer", "tools", (45, 90)), ("Winterjacke Herren wasserdicht mit Kapuze", "clothing", (50, 110)),
        ("Damen Umhängetasche Leder klein", "bags", (30, 70)), ("Hundebett orthopädisch XL, waschbar", "pets", (35, 70)),
        ("Kratzbaum 150 cm mit Höhle", "pets", (40, 80)), ("Kaffeebohnen 1 kg Espresso, ganze Bohne", "grocery", (14, 25)),
        ("Babyphone mit Kamera und Nachtsicht", "baby", (50, 100)), ("Aktenordner A4 breit, 10 Stück", "office", (12, 22)),
        ("Regenschirm sturmfest, Automatik", "accessories", (15, 30)), ("Thermoskanne 1 l Edelstahl", "home", (15, 30)),
        ("Werkzeugkoffer 108-teilig", "tools", (35, 70)), ("Solar Gartenleuchten 8er Set warmweiß", "garden", (18, 35)),
        ("Puzzle 1000 Teile Neuschwanstein", "toys", (10, 18)), ("Esstisch Massivholz Eiche 160x90", "furniture", (350, 700)),
        ("Herren Armbanduhr Quarz Edelstahl 40 mm", "watches", (25, 60)), ("Silberkette 925 Damen 45 cm", "jewellery", (20, 45)),
        ("Kinderwagen Regenschutz universal", "baby", (10, 18)), ("Winterreifen 205/55 R16, 4 Stück, 7 mm Profil", "car", (150, 260)),
    ],
    "fr": [
        ("Presse-ail en inox, passe au lave-vaisselle", "home", (8, 18)), ("Poêle antiadhésive 28 cm, tous feux dont induction", "home", (18, 40)),
        ("Parure de lit 240x260 en coton lavé", "home", (35, 70)), ("Vélo enfant 16 pouces avec petites roues", "sports", (90, 180)),
        ("Tuyau d'arrosage extensible 30 m", "garden", (20, 40)), ("Lampe de bureau LED à intensité variable", "home", (18, 35)),
        ("Circuit de train en bois 80 pièces", "toys", (30, 55)), ("Tapis de yoga antidérapant 6 mm", "sports", (18, 35)),
        ("Perceuse visseuse sans fil 18 V avec 2 batteries", "tools", (45, 90)), ("Doudoune homme légère à capuche", "clothing", (40, 90)),
        ("Sac bandoulière femme en cuir", "bags", (30, 70)), ("Panier pour chien orthopédique taille L", "pets", (35, 70)),
        ("Arbre à chat 150 cm avec niche", "pets", (40, 80)), ("Café en grains 1 kg torréfaction artisanale", "grocery", (14, 25)),
        ("Babyphone vidéo avec vision nocturne", "baby", (50, 100)), ("Classeurs A4 dos 8 cm, lot de 10", "office", (12, 22)),
        ("Table basse en chêne massif", "furniture", (180, 350)), ("Montre homme quartz acier 40 mm", "watches", (25, 60)),
        ("Collier argent 925 femme 45 cm", "jewellery", (20, 45)), ("Pneus été 205/55 R16, lot de 2", "car", (90, 160)),
        ("Puzzle 1000 pièces Mont-Saint-Michel", "toys", (10, 18)), ("Coffret à outils 108 pièces", "tools", (35, 70)),
    ],
    "es": [
        ("Prensa de ajos de acero inoxidable", "home", (8, 18)), ("Sartén antiadherente 28 cm apta para inducción", "home", (18, 40)),
        ("Juego de sábanas 150 cm algodón", "home", (25, 50)), ("Bicicleta infantil 16 pulgadas con ruedines", "sports", (90, 180)),
        ("Manguera extensible 30 m con pistola", "garden", (20, 40)), ("Lámpara de escritorio LED regulable", "home", (18, 35)),
        ("Tren de madera 80 piezas", "toys", (30, 55)), ("Esterilla de yoga antideslizante 6 mm", "sports", (18, 35)),
        ("Taladro atornillador 18 V con 2 baterías", "tools", (45, 90)), ("Chaqueta acolchada hombre con capucha", "clothing", (40, 90)),
        ("Bolso bandolera mujer de piel", "bags", (30, 70)), ("Cama ortopédica para perro talla L", "pets", (35, 70)),
        ("Rascador para gatos 150 cm", "pets", (40, 80)), ("Café en grano 1 kg tueste natural", "grocery", (14, 25)),
        ("Vigilabebés con cámara y visión nocturna", "baby", (50, 100)), ("Mesa de comedor extensible de madera", "furniture", (180, 400)),
        ("Reloj de pulsera hombre cuarzo acero", "watches", (25, 60)), ("Pendientes de plata de ley 925", "jewellery", (15, 35)),
        ("Neumáticos 205/55 R16, juego de 2", "car", (90, 160)), ("Puzle 1000 piezas paisaje", "toys", (10, 18)),
    ],
    "it": [
        ("Spremiaglio in acciaio inox", "home", (8, 18)), ("Padella antiaderente 28 cm per induzione", "home", (18, 40)),
        ("Completo letto matrimoniale cotone", "home", (30, 60)), ("Bicicletta bambino 16 pollici con rotelle", "sports", (90, 180)),
        ("Tubo da giardino estensibile 30 m", "garden", (20, 40)), ("Lampada da scrivania LED dimmerabile", "home", (18, 35)),
        ("Trenino in legno 80 pezzi", "toys", (30, 55)), ("Tappetino yoga antiscivolo 6 mm", "sports", (18, 35)),
        ("Trapano avvitatore 18 V con 2 batterie", "tools", (45, 90)), ("Piumino uomo leggero con cappuccio", "clothing", (40, 90)),
        ("Borsa a tracolla donna in pelle", "bags", (30, 70)), ("Cuccia ortopedica per cani taglia L", "pets", (35, 70)),
        ("Tiragraffi per gatti 150 cm", "pets", (40, 80)), ("Caffè in grani 1 kg miscela bar", "grocery", (14, 25)),
        ("Baby monitor con videocamera", "baby", (50, 100)), ("Tavolo da pranzo allungabile in legno", "furniture", (180, 400)),
        ("Orologio uomo al quarzo acciaio", "watches", (25, 60)), ("Collana in argento 925 donna", "jewellery", (20, 45)),
        ("Moka 6 tazze in alluminio", "home", (20, 35)), ("Puzzle 1000 pezzi Venezia", "toys", (10, 18)),
    ],
    "pt": [
        ("Espremedor de alho em aço inox", "home", (8, 18)), ("Frigideira antiaderente 28 cm indução", "home", (18, 40)),
        ("Jogo de lençol casal 100% algodão", "home", (25, 50)), ("Bicicleta infantil aro 16 com rodinhas", "sports", (90, 180)),
        ("Mangueira de jardim 30 m com esguicho", "garden", (20, 40)), ("Luminária de mesa LED", "home", (18, 35)),
        ("Trem de madeira 80 peças", "toys", (30, 55)), ("Tapete de yoga antiderrapante 6 mm", "sports", (18, 35)),
        ("Parafusadeira furadeira 18 V com 2 baterias", "tools", (45, 90)), ("Jaqueta corta-vento masculina", "clothing", (30, 70)),
        ("Bolsa transversal feminina de couro", "bags", (30, 70)), ("Cama ortopédica para cachorro G", "pets", (35, 70)),
        ("Arranhador para gatos 150 cm", "pets", (40, 80)), ("Café em grãos 1 kg torra média", "grocery", (12, 22)),
        ("Babá eletrônica com câmera", "baby", (50, 100)), ("Mesa de jantar 6 lugares madeira maciça", "furniture", (250, 500)),
        ("Relógio masculino quartzo aço", "watches", (25, 60)), ("Brinco de prata 925", "jewellery", (15, 35)),
        ("Pneu aro 15 195/60 R15", "car", (60, 100)), ("Quebra-cabeça 1000 peças paisagem", "toys", (10, 18)),
    ],
    "ru": [
        ("Пресс для чеснока из нержавеющей стали", "home", (6, 14)), ("Сковорода антипригарная 28 см для индукции", "home", (18, 40)),
        ("Комплект постельного белья евро, сатин", "home", (25, 50)), ("Детский велосипед 16 дюймов", "sports", (80, 160)),
        ("Шланг садовый 20 м с распылителем", "garden", (15, 30)), ("Настольная лампа светодиодная", "home", (15, 30)),
        ("Деревянная железная дорога 80 деталей", "toys", (25, 50)), ("Коврик для йоги 6 мм нескользящий", "sports", (15, 30)),
        ("Шуруповёрт аккумуляторный 18 В, 2 АКБ", "tools", (40, 80)), ("Пуховик мужской зимний с капюшоном", "clothing", (60, 140)),
        ("Сумка женская кожаная через плечо", "bags", (30, 70)), ("Лежанка для собак ортопедическая", "pets", (30, 60)),
        ("Когтеточка-домик для кошек 150 см", "pets", (35, 70)), ("Кофе в зёрнах 1 кг", "grocery", (12, 22)),
        ("Видеоняня с ночным видением", "baby", (45, 90)), ("Стол обеденный раздвижной", "furniture", (150, 350)),
        ("Часы мужские кварцевые, сталь", "watches", (25, 60)), ("Серьги серебро 925 пробы", "jewellery", (15, 35)),
        ("Зимние шины 205/55 R16, комплект 4 шт.", "car", (200, 350)), ("Пазл 1000 элементов", "toys", (8, 16)),
    ],
    "zh": [
        ("不锈钢压蒜器 家用 捣蒜神器", "home", (3, 8)), ("不粘锅 28cm 电磁炉通用 少油烟", "home", (15, 35)),
        ("纯棉四件套 1.8m床 被套床单", "home", (25, 60)), ("儿童自行车 16寸 带辅助轮", "sports", (60, 120)),
        ("花园浇水软管 20米 伸缩水管", "garden", (10, 25)), ("LED护眼台灯 学生宿舍 可调光", "home", (12, 30)),
        ("木制轨道小火车 80件套 益智玩具", "toys", (20, 45)), ("瑜伽垫 加厚6mm 防滑 初学者", "sports", (8, 20)),
        ("锂电钻 充电式 手电钻 双电池", "tools", (30, 60)), ("男士冬季羽绒服 加厚 连帽", "clothing", (50, 120)),
        ("女士真皮斜挎包 小方包", "bags", (25, 60)), ("狗窝 四季通用 可拆洗 大型犬", "pets", (20, 45)),
        ("猫爬架 实木 150cm 猫窝一体", "pets", (30, 70)), ("咖啡豆 1kg 中度烘焙 意式拼配", "grocery", (12, 25)),
        ("婴儿监护器 带摄像头 夜视", "baby", (40, 80)), ("实木餐桌 北欧 1.4米", "furniture", (150, 350)),
        ("男士石英手表 钢带 防水", "watches", (20, 50)), ("925银耳环 女 简约", "jewellery", (10, 30)),
        ("拼图 1000片 风景 成人解压", "toys", (6, 14)), ("办公文件夹 A4 10个装", "office", (5, 12)),
    ],
    "ja": [
        ("ステンレス ガーリックプレス 食洗機対応", "home", (8, 18)), ("フライパン 28cm IH対応 焦げ付きにくい", "home", (18, 40)),
        ("綿100% 布団カバー 3点セット ダブル", "home", (25, 50)), ("子供用自転車 16インチ 補助輪付き", "sports", (90, 180)),
        ("ホースリール 20m 散水ノズル付き", "garden", (20, 40)), ("LEDデスクライト 調光 USB充電ポート付き", "home", (18, 35)),
        ("木製レールセット 80ピース", "toys", (30, 55)), ("ヨガマット 6mm 滑り止め 収納ケース付き", "sports", (15, 30)),
        ("電動ドライバー 18V バッテリー2個付き", "tools", (45, 90)), ("メンズ ダウンジャケット フード付き 軽量", "clothing", (50, 110)),
        ("レディース 本革 ショルダーバッグ 小さめ", "bags", (30, 70)), ("犬用ベッド 洗える Lサイズ", "pets", (30, 60)),
        ("キャットタワー 150cm 据え置き", "pets", (40, 80)), ("コーヒー豆 1kg 中煎り", "grocery", (15, 28)),
        ("ベビーモニター カメラ付き 夜間撮影", "baby", (50, 100)), ("ダイニングテーブル 無垢材 4人掛け", "furniture", (200, 400)),
        ("メンズ 腕時計 クォーツ ステンレス", "watches", (25, 60)), ("シルバー925 ピアス レディース", "jewellery", (15, 35)),
        ("ジグソーパズル 1000ピース 富士山", "toys", (12, 22)), ("A4 ファイル 10冊セット", "office", (8, 15)),
    ],
    "pl": [
        ("Praska do czosnku ze stali nierdzewnej", "home", (6, 14)), ("Patelnia nieprzywierająca 28 cm indukcja", "home", (18, 40)),
        ("Pościel bawełniana 160x200 komplet", "home", (25, 50)), ("Rower dziecięcy 16 cali z kółkami", "sports", (80, 160)),
        ("Wąż ogrodowy 30 m rozciągliwy", "garden", (18, 35)), ("Lampka biurkowa LED ściemnialna", "home", (15, 30)),
        ("Drewniana kolejka 80 elementów", "toys", (25, 50)), ("Mata do jogi antypoślizgowa 6 mm", "sports", (15, 30)),
        ("Wkrętarka akumulatorowa 18 V, 2 akumulatory", "tools", (40, 80)), ("Kurtka zimowa męska z kapturem", "clothing", (50, 110)),
        ("Torebka damska skórzana listonoszka", "bags", (30, 70)), ("Legowisko dla psa ortopedyczne L", "pets", (30, 60)),
        ("Drapak dla kota 150 cm", "pets", (35, 70)), ("Kawa ziarnista 1 kg", "grocery", (12, 22)),
        ("Niania elektroniczna z kamerą", "baby", (45, 90)), ("Stół rozkładany do jadalni dąb", "furniture", (180, 400)),
        ("Zegarek męski kwarcowy stalowy", "watches", (25, 60)), ("Kolczyki srebrne 925", "jewellery", (15, 35)),
        ("Opony zimowe 205/55 R16 komplet", "car", (200, 350)), ("Puzzle 1000 elementów krajobraz", "toys", (8, 16)),
    ],
    "tr": [
        ("Paslanmaz çelik sarımsak presi", "home", (6, 14)), ("Yapışmaz tava 28 cm indüksiyon uyumlu", "home", (18, 40)),
        ("Pamuklu nevresim takımı çift kişilik", "home", (25, 50)), ("Çocuk bisikleti 16 jant yardımcı tekerlekli", "sports", (80, 160)),
        ("Bahçe hortumu 20 m püskürtme başlıklı", "garden", (15, 30)), ("LED masa lambası dokunmatik", "home", (15, 30)),
        ("Ahşap tren seti 80 parça", "toys", (25, 50)), ("Kaymaz yoga matı 6 mm", "sports", (15, 30)),
        ("Şarjlı vidalama 18V çift akülü", "tools", (40, 80)), ("Erkek kapüşonlu kışlık mont", "clothing", (50, 110)),
        ("Kadın deri omuz çantası", "bags", (30, 70)), ("Ortopedik köpek yatağı L", "pets", (30, 60)),
        ("Kedi tırmalama ağacı 150 cm", "pets", (35, 70)), ("Çekirdek kahve 1 kg orta kavrum", "grocery", (12, 22)),
        ("Kameralı bebek telsizi gece görüşlü", "baby", (45, 90)), ("Açılır yemek masası ahşap", "furniture", (180, 400)),
        ("Erkek kol saati quartz çelik", "watches", (25, 60)), ("925 ayar gümüş küpe", "jewellery", (15, 35)),
        ("Türk kahvesi makinesi", "home", (30, 60)), ("1000 parça puzzle manzara", "toys", (8, 16)),
    ],
}

GENERIC_PREFIX = {
    "en": ["", "", "", "NEW ", "Premium ", "Heavy Duty ", "Upgraded ", "2024 ", "Large ", "Compact ", "Professional ", "Eco-Friendly "],
    "de": ["", "", "NEU ", "Hochwertige ", "Premium ", "Top "], "fr": ["", "", "NEUF ", "Lot ", "Haute qualité "],
    "es": ["", "", "NUEVO ", "Pack ", "Premium "], "it": ["", "", "NUOVO ", "Set ", "Qualità "], "pt": ["", "", "NOVO ", "Kit ", "Premium "],
    "ru": ["", "", "Новый ", "Набор: "], "zh": ["", "", "新款 ", "爆款 ", "热卖 "], "ja": ["", "", "【新品】", "【送料無料】"],
    "pl": ["", "", "NOWY ", "Zestaw "], "tr": ["", "", "Yeni ", "Kaliteli "],
}
GENERIC_SUFFIX = {
    "en": ["", "", "", " (2 Pack)", " | Free Delivery", " - UK Stock", " Hot Sale", " - Fast Shipping", " 2024 New", " High Quality", " - Great Gift", " | US Seller"],
    "de": ["", "", " – versandkostenfrei", " (2er Set)", " – Neu & OVP", " – Top Zustand"], "fr": ["", "", " – livraison offerte", " (lot de 2)", " – neuf"],
    "es": ["", "", " - envío gratis", " (pack de 2)", " - a estrenar"], "it": ["", "", " - spedizione gratuita", " (2 pezzi)", " - nuovo"],
    "pt": ["", "", " - frete grátis", " (kit com 2)", " - pronta entrega"], "ru": ["", "", " — бесплатная доставка", " (2 шт.)", " — новый"],
    "zh": ["", "", " 包邮", " 两件装", " 现货速发", " 厂家直销"], "ja": ["", "", " 送料無料", " 2個セット", " 即日発送"],
    "pl": ["", "", " - darmowa wysyłka", " (2 szt.)", " - nowy"], "tr": ["", "", " - ücretsiz kargo", " (2'li set)", " - sıfır"],
}
GENERIC_COLORS = ["black", "white", "grey", "blue", "green", "pink", "beige", "navy", "red", "brown", "silver"]


def honest_generic(rng: random.Random, lang: str) -> tuple[str, dict]:
    core, cat, (lo, hi) = rng.choice(GENERIC[lang])
    title = rng.choice(GENERIC_PREFIX[lang]) + core
    if lang == "en" and cat == "home" and rng.random() < 0.3:
        title += rng.choice([" - Dishwasher Safe", " | Gift for Mum", " for Home & Office", " - BPA Free", " for Kitchen"])
    if rng.random() < 0.35 and cat in ("home", "clothing", "bags", "shoes", "sports", "accessories", "furniture", "toys", "baby", "electronics", "computers"):
        title += f", {COLOR[rng.choice(GENERIC_COLORS)][lang]}" if lang not in ("zh", "ja") else f" {COLOR[rng.choice(GENERIC_COLORS)][lang]}"
    if cat in ("clothing",) and rng.random() < 0.5:
        title += " " + cloth_size(rng, lang)
    if cat == "shoes" and rng.random() < 0.6:
        title += " " + shoe_size(rng, lang)
    title += rng.choice(GENERIC_SUFFIX[lang])
    used = rng.random() < 0.25
    usd = rng.uniform(lo, hi) * (rng.uniform(0.4, 0.7) if used else 1)
    if used and rng.random() < 0.5:
        title = f"{title} – {COND[rng.choice(USED_CONDS)][lang]}" if lang not in ("zh", "ja") else f"{COND[rng.choice(USED_CONDS)][lang]} {title}"
    desc = honest_description(rng, lang, "u" if used else "n") if rng.random() < 0.5 else None
    platform = pick_weighted(rng, HONEST_PLATFORMS[lang] + ([("aliexpress.com", 4), ("temu.com", 3), ("dhgate.com", 1), ("shein.com", 1)] if lang == "en" else []))
    return "generic", listing(clean(title), description=desc, price=make_price(rng, usd, lang, "used" if used else "retail") if rng.random() < 0.95 else None,
                              brand=rng.choice([None, None, None, "Unbranded", "Generic", "No brand"]) if lang == "en" else None,
                              seller=honest_seller(rng, lang, retail=not used) if rng.random() < 0.75 else None,
                              url=PLATFORM_URL[platform](rng, title) if rng.random() < 0.7 else None, category=cat_name(rng, cat, lang))


BOOKS = [
    ("en", "The Great Gatsby", "F. Scott Fitzgerald"), ("en", "To Kill a Mockingbird", "Harper Lee"), ("en", "Nineteen Eighty-Four", "George Orwell"),
    ("en", "Pride and Prejudice", "Jane Austen"), ("en", "The Hobbit", "J.R.R. Tolkien"), ("en", "Sapiens: A Brief History of Humankind", "Yuval Noah Harari"),
    ("en", "Atomic Habits", "James Clear"), ("en", "Where the Crawdads Sing", "Delia Owens"), ("en", "The Midnight Library", "Matt Haig"),
    ("en", "Harry Potter and the Philosopher's Stone", "J.K. Rowling"), ("en", "The Very Hungry Caterpillar", "Eric Carle"), ("en", "Becoming", "Michelle Obama"),
    ("en", "Salt Fat Acid Heat", "Samin Nosrat"), ("en", "The Body Keeps the Score", "Bessel van der Kolk"), ("en", "Dune", "Frank Herbert"),
    ("en", "Know My Name: A Memoir", "Chanel Miller"), ("en", "The Counterfeiters", "André Gide"), ("en", "Steve Jobs", "Walter Isaacson"),
    ("en", "Shoe Dog: A Memoir by the Creator of Nike", "Phil Knight"), ("en", "The Martian", "Andy Weir"), ("en", "Project Hail Mary", "Andy Weir"),
    ("en", "Fourth Wing", "Rebecca Yarros"), ("en", "Lessons in Chemistry", "Bonnie Garmus"), ("en", "The Road", "Cormac McCarthy"),
    ("de", "Der Prozess", "Franz Kafka"), ("de", "Die Vermessung der Welt", "Daniel Kehlmann"), ("de", "Der Vorleser", "Bernhard Schlink"),
    ("fr", "Le Petit Prince", "Antoine de Saint-Exupéry"), ("fr", "L'Étranger", "Albert Camus"), ("fr", "Les Misérables", "Victor Hugo"),
    ("es", "Cien años de soledad", "Gabriel García Márquez"), ("es", "La sombra del viento", "Carlos Ruiz Zafón"), ("es", "Don Quijote de la Mancha", "Miguel de Cervantes"),
    ("it", "Il nome della rosa", "Umberto Eco"), ("it", "L'amica geniale", "Elena Ferrante"), ("it", "Il Gattopardo", "Giuseppe Tomasi di Lampedusa"),
    ("pt", "Dom Casmurro", "Machado de Assis"), ("pt", "O Alquimista", "Paulo Coelho"), ("pt", "Ensaio sobre a Cegueira", "José Saramago"),
    ("ru", "Мастер и Маргарита", "Михаил Булгаков"), ("ru", "Преступление и наказание", "Фёдор Достоевский"), ("ru", "Анна Каренина", "Лев Толстой"),
    ("zh", "三体", "刘慈欣"), ("zh", "活着", "余华"), ("zh", "围城", "钱钟书"),
    ("ja", "ノルウェイの森", "村上春樹"), ("ja", "人間失格", "太宰治"), ("ja", "コンビニ人間", "村田沙耶香"),
    ("pl", "Lalka", "Bolesław Prus"), ("pl", "Wiedźmin: Ostatnie życzenie", "Andrzej Sapkowski"), ("pl", "Quo vadis", "Henryk Sienkiewicz"),
    ("tr", "Kürk Mantolu Madonna", "Sabahattin Ali"), ("tr", "Tutunamayanlar", "Oğuz Atay"), ("tr", "İnce Memed", "Yaşar Kemal"),
]
BOOK_FORMAT = tr("Paperback|Taschenbuch|Poche|Tapa blanda|Tascabile|Brochura|Мягкая обложка|平装|文庫|Miękka oprawa|Ciltsiz")
BOOK_HARD = tr("Hardcover|Gebundene Ausgabe|Relié|Tapa dura|Copertina rigida|Capa dura|Твёрдый переплёт|精装|単行本|Twarda oprawa|Ciltli")


def isbn13(rng: random.Random) -> str:
    body = "978" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    check = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body)) % 10) % 10
    return body + str(check)


def honest_book(rng: random.Random, market: str) -> tuple[str, dict]:
    choices = [b for b in BOOKS if b[0] == market]
    if market == "en" or rng.random() < 0.25:
        choices = [b for b in BOOKS if b[0] == "en"]
    lang, name, author = rng.choice(choices)
    fmt = BOOK_FORMAT[lang] if rng.random() < 0.6 else BOOK_HARD[lang]
    year = rng.randint(1995, 2024)
    used = rng.random() < 0.55
    cond = COND[rng.choice(["like_new", "very_good", "good", "used"])][lang] if used else COND["new"][lang]
    by = {"en": "by", "de": "von", "fr": "de", "es": "de", "it": "di", "pt": "de", "ru": "—", "zh": "", "ja": "", "pl": "—", "tr": "-"}[lang]
    forms = [f"{name} {by} {author} ({fmt}, {year}) - {cond}", f"{name} – {author} – {fmt} – ISBN {isbn13(rng)}", f"{author}: {name}, {fmt}, {cond}",
             f"{name} {by} {author}, {fmt}"]
    if lang in ("zh", "ja"):
        forms = [f"{name} {author} {fmt} {cond}", f"【{cond}】{name} {author} {fmt}", f"{name} / {author} ISBN{isbn13(rng)}"]
    title = clean(rng.choice(forms))
    usd = rng.uniform(3, 9) if used else rng.uniform(9, 28)
    return "book", listing(title, price=make_price(rng, usd, market, "used" if used else "retail"),
                           seller=honest_seller(rng, market, retail=not used) if rng.random() < 0.7 else None,
                           url=honest_url(rng, market, title) if rng.random() < 0.6 else None, category=cat_name(rng, "books", market))


CLASSIFIED = {
    "en": [("IKEA Kallax shelf 4x4 white, must go this weekend", 30, 60, "furniture"), ("Kids bike 16 inch, outgrown, good condition", 25, 50, "sports"),
           ("Samsung 55\" 4K TV, works perfectly, remote included", 180, 300, "electronics"), ("Apple iPhone 12 64GB black, cracked back glass", 150, 220, "phones"),
           ("Dining table + 4 chairs, solid pine", 80, 150, "furniture"), ("Bosch dishwasher, 5 years old, fully working", 90, 160, "home"),
           ("Baby cot with mattress, barely used", 40, 80, "baby"), ("Used lawn mower, petrol, starts first pull", 60, 120, "garden"),
           ("Nike Air Max 90 size 10, worn twice", 45, 70, "shoes"), ("Sony PS5 with 2 controllers and FIFA", 330, 420, "gaming"),
           ("Moving sale: sofa, lamps, rugs, kitchen stuff", 20, 200, "furniture"), ("Mountain bike 27.5\", new tyres", 150, 300, "sports")],
    "de": [("Verkaufe IKEA Kallax Regal 4x4 weiß", 30, 60, "furniture"), ("Kinderfahrrad 16 Zoll, gut erhalten", 25, 50, "sports"),
           ("Samsung Fernseher 55 Zoll, voll funktionsfähig", 180, 300, "electronics"), ("Esstisch mit 4 Stühlen, Kiefer massiv", 80, 150, "furniture"),
           ("Bosch Waschmaschine, 6 Jahre alt, läuft einwandfrei", 120, 200, "home"), ("Babybett mit Matratze", 40, 80, "baby"),
           ("Rasenmäher Benzin, springt sofort an", 60, 120, "garden"), ("Nike Air Force 1 Gr. 43, zweimal getragen", 45, 70, "shoes")],
    "fr": [("Vends étagère IKEA Kallax 4x4 blanche", 30, 60, "furniture"), ("Vélo enfant 16 pouces bon état", 25, 50, "sports"),
           ("TV Samsung 55 pouces 4K, parfait état", 180, 300, "electronics"), ("Table + 4 chaises en pin massif", 80, 150, "furniture"),
           ("Lave-linge Bosch 8 kg, fonctionne parfaitement", 120, 200, "home"), ("Lit bébé avec matelas", 40, 80, "baby"),
           ("Tondeuse thermique, démarre au quart de tour", 60, 120, "garden")],
    "es": [("Vendo estantería IKEA Kallax 4x4 blanca", 30, 60, "furniture"), ("Bicicleta niño 16 pulgadas", 25, 50, "sports"),
           ("Televisor Samsung 55 pulgadas 4K", 180, 300, "electronics"), ("Mesa de comedor con 4 sillas", 80, 150, "furniture"),
           ("Lavadora Bosch 8 kg funcionando", 120, 200, "home"), ("Cuna con colchón casi nueva", 40, 80, "baby"),
           ("Cortacésped de gasolina", 60, 120, "garden")],
    "it": [("Vendo libreria IKEA Kallax 4x4 bianca", 30, 60, "furniture"), ("Bici bambino 16 pollici", 25, 50, "sports"),
           ("TV Samsung 55 pollici 4K perfetta", 180, 300, "electronics"), ("Tavolo con 4 sedie in pino", 80, 150, "furniture"),
           ("Lavatrice Bosch 8 kg funzionante", 120, 200, "home"), ("Lettino con materasso", 40, 80, "baby")],
    "pt": [("Vendo estante IKEA Kallax 4x4 branca", 30, 60, "furniture"), ("Bicicleta infantil aro 16", 25, 50, "sports"),
           ("Geladeira Brastemp Frost Free 375L usada", 200, 350, "home"), ("Sofá 3 lugares retrátil, ótimo estado", 150, 300, "furniture"),
           ("Smart TV Samsung 50 polegadas 4K", 200, 320, "electronics"), ("Berço com colchão", 40, 80, "baby"), ("Fogão 4 bocas Consul", 80, 150, "home")],
    "ru": [("Продам стеллаж IKEA Kallax 4x4 белый", 30, 60, "furniture"), ("Детский велосипед 16 дюймов", 25, 50, "sports"),
           ("Телевизор Samsung 55 дюймов 4K", 180, 300, "electronics"), ("Стол обеденный и 4 стула", 80, 150, "furniture"),
           ("Стиральная машина Bosch 6 кг, рабочая", 100, 180, "home"), ("Детская кроватка с матрасом", 40, 80, "baby"),
           ("Диван угловой, самовывоз", 100, 250, "furniture")],
    "zh": [("转让 宜家书架 4x4 白色 九成新", 30, 60, "furniture"), ("二手儿童自行车 16寸", 25, 50, "sports"),
           ("三星55寸4K电视 正常使用", 180, 300, "electronics"), ("搬家低价处理 餐桌椅一套", 60, 120, "furniture"), ("婴儿床带床垫 几乎全新", 40, 80, "baby")],
    "ja": [("IKEA カラックス 4x4 ホワイト 引き取り限定", 30, 60, "furniture"), ("子供用自転車 16インチ", 25, 50, "sports"),
           ("ダイニングテーブル 4脚セット 引越しのため", 80, 150, "furniture")],
    "pl": [("Sprzedam regał IKEA Kallax 4x4 biały", 30, 60, "furniture"), ("Rower dziecięcy 16 cali", 25, 50, "sports"),
           ("Telewizor Samsung 55 cali 4K sprawny", 180, 300, "electronics"), ("Stół z 4 krzesłami sosna", 80, 150, "furniture"),
           ("Pralka Bosch 7 kg sprawna", 100, 180, "home"), ("Łóżeczko dziecięce z materacem", 40, 80, "baby")],
    "tr": [("Satılık IKEA Kallax kitaplık 4x4 beyaz", 30, 60, "furniture"), ("Çocuk bisikleti 16 jant", 25, 50, "sports"),
           ("Samsung 55 inç 4K televizyon sorunsuz", 180, 300, "electronics"), ("Yemek masası ve 4 sandalye", 80, 150, "furniture"),
           ("Bosch çamaşır makinesi 8 kg", 120, 200, "home"), ("Beşik ve yatak", 40, 80, "baby")],
}
CLASSIFIED_CONTACT = {
    "en": lambda r: r.choice([f"Call or text 07{r.randint(100, 999)} {r.randint(100000, 999999)}", f"Pick up only, call {r.randint(200, 989)}-{r.randint(200, 999)}-{r.randint(1000, 9999)}", f"Phone {r.randint(200, 989)}-555-{r.randint(1000, 9999)} after 6pm", f"Text me on 07{r.randint(700, 999)} {r.randint(100, 999)} {r.randint(100, 999)}, cash on collection"]),
    "de": lambda r: r.choice([f"Tel. 01{r.randint(51, 79)} {r.randint(1000000, 9999999)}", f"Nur Abholung. Erreichbar unter 0{r.randint(30, 89)} {r.randint(100000, 999999)}", f"Bei Interesse gerne anrufen: 015{r.randint(1, 9)} {r.randint(10000000, 99999999)}"]),
    "fr": lambda r: r.choice([f"Tél : 06 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}", f"À récupérer sur place, appelez le 07 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"]),
    "es": lambda r: r.choice([f"Llamar al 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}", f"Recogida en mano, WhatsApp 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}", f"Interesados llamar al 6{r.randint(10, 99)}{r.randint(100000, 999999)}"]),
    "it": lambda r: r.choice([f"Tel. 3{r.randint(20, 49)} {r.randint(1000000, 9999999)}", f"Ritiro a mano, chiamare il 3{r.randint(20, 49)} {r.randint(100, 999)} {r.randint(1000, 9999)}"]),
    "pt": lambda r: r.choice([f"Chama no WhatsApp ({r.randint(11, 99)}) 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}", f"Retirar no local. Tel ({r.randint(11, 99)}) 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}", f"Zap ({r.randint(11, 99)}) 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"]),
    "ru": lambda r: r.choice([f"Звоните: 8 9{r.randint(10, 99)} {r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}", f"Самовывоз, тел. +7 9{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"]),
    "zh": lambda r: r.choice([f"联系电话 1{r.choice([3, 5, 8])}{r.randint(0, 9)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}", f"同城自提，电话：1{r.choice([3, 5, 8])}{r.randint(100000000, 999999999)}"]),
    "ja": lambda r: r.choice([f"お問い合わせは 090-{r.randint(1000, 9999)}-{r.randint(1000, 9999)} まで", f"引き取りに来られる方限定。TEL 080-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"]),
    "pl": lambda r: r.choice([f"Tel. {r.randint(500, 899)} {r.randint(100, 999)} {r.randint(100, 999)}", f"Odbiór osobisty, dzwonić {r.randint(500, 899)}-{r.randint(100, 999)}-{r.randint(100, 999)}"]),
    "tr": lambda r: r.choice([f"Tel: 05{r.randint(30, 59)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}", f"Elden teslim, arayın 0 5{r.randint(30, 59)} {r.randint(100, 999)} {r.randint(1000, 9999)}"]),
}
CLASSIFIED_PLATFORMS = {"en": ["craigslist.org", "gumtree.com", "facebook.com"], "de": ["kleinanzeigen.de", "willhaben.at"], "fr": ["leboncoin.fr"], "es": ["wallapop.com"],
                        "it": ["subito.it"], "pt": ["olx.com.br", "olx.pt"], "ru": ["avito.ru"], "zh": ["goofish.com"], "ja": ["mercari.jp"], "pl": ["olx.pl"], "tr": ["sahibinden.com"]}


def honest_classified(rng: random.Random, lang: str) -> tuple[str, dict]:
    text, lo, hi, cat = rng.choice(CLASSIFIED[lang])
    title = text
    contact = CLASSIFIED_CONTACT[lang](rng)
    if rng.random() < 0.15:
        title = f"{title} - {contact}"
        desc = honest_description(rng, lang, "u", 1)
    else:
        desc = f"{honest_description(rng, lang, 'u', rng.choice([1, 2]))} {contact}"
    usd = rng.uniform(lo, hi)
    return "classified", listing(title, description=desc, price=make_price(rng, usd, lang, "used") if rng.random() < 0.9 else None,
                                 seller=private_seller(rng, lang) if rng.random() < 0.6 else None,
                                 url=PLATFORM_URL[rng.choice(CLASSIFIED_PLATFORMS[lang])](rng, title) if rng.random() < 0.7 else None,
                                 category=cat_name(rng, cat, lang))


MULTIPACKS = [
    # (language, title, brand, category, (low, high) US$)
    ("en", "M&M's Peanut Chocolate Candy, Fun Size, 24 x 45g Box", "M&M's", "grocery", (18, 30)),
    ("en", "M&M'S Minis Milk Chocolate Tubes, 24 Count", "M&M's", "grocery", (20, 30)),
    ("en", "SNICKERS Full Size Chocolate Bars, Bulk Pack of 48", "Snickers", "grocery", (35, 55)),
    ("en", "Snickers, Mars, Twix & Milky Way Fun Size Variety Mix, 1.2kg Party Bag", "Mars", "grocery", (14, 22)),
    ("en", "Whiskas 1+ Cat Pouches Poultry Feasts in Jelly, 80 x 85g", "Whiskas", "pets", (30, 45)),
    ("en", "Royal Canin Instinctive Wet Cat Food in Gravy, 24 x 85g Pouches", "Royal Canin", "pets", (28, 40)),
    ("en", "Nike Everyday Cushioned Training Crew Socks, 6 Pairs, White", "Nike", "clothing", (18, 24)),
    ("en", "adidas Cushioned Crew Socks 6-Pack, Black, Size L", "adidas", "clothing", (15, 22)),
    ("en", "Calvin Klein Men's Cotton Stretch Boxer Briefs, 3-Pack", "Calvin Klein", "clothing", (30, 45)),
    ("en", "SanDisk Ultra 32GB microSDHC, 2-Pack, Class 10", "SanDisk", "computers", (9, 14)),
    ("en", "Samsung EVO Plus 64GB microSD, 3-Pack with Adapters", "Samsung", "computers", (18, 28)),
    ("en", "Duracell Plus AA Batteries, 24 Pack", "Duracell", "electronics", (15, 25)),
    ("en", "Pampers Baby Dry Nappies Size 4, 2 x 84 (168 Nappies)", "Pampers", "baby", (35, 55)),
    ("en", "Bundle: Sony PS5 Slim + 2 DualSense Controllers + 3 Games", "Sony", "gaming", (480, 600)),
    ("en", "Lot of 12 Children's Picture Books, Ages 3-6, Mixed Titles", None, "books", (15, 30)),
    ("en", "Baby Girl Clothes Bundle 0-3 Months, 15 Items, Next & M&S", None, "baby", (20, 35)),
    ("en", "Apple iPhone 14 128GB Bundle with Case, Screen Protector and 20W Charger", "Apple", "phones", (500, 620)),
    ("en", "Bundle of 3 Pandora Charms - Heart, Star, Crown - Sterling Silver", "Pandora", "jewellery", (90, 140)),
    ("en", "Estée Lauder Advanced Night Repair Gift Set: Serum 50ml + Eye Gel 5ml + Cleanser 30ml", "Estée Lauder", "beauty", (95, 130)),
    ("en", "MAC Lipstick Trio Gift Set (Ruby Woo, Velvet Teddy, Chili) Holiday Edition", "MAC", "beauty", (45, 60)),
    ("en", "Haribo Goldbears 10 x 200g", "Haribo", "grocery", (15, 22)),
    ("en", "Coca-Cola Original 24 x 330ml Cans", "Coca-Cola", "grocery", (14, 22)),
    ("de", "Whiskas Katzenfutter Nassfutter 1+ Geflügel in Gelee, 80 x 85 g Portionsbeutel", "Whiskas", "pets", (30, 45)),
    ("de", "M&M's Peanut Schokolinsen 24 x 45 g Vorratspack", "M&M's", "grocery", (18, 30)),
    ("de", "Royal Canin Maxi Adult 2 x 15 kg Sparpaket", "Royal Canin", "pets", (140, 180)),
    ("de", "Snickers Schokoriegel 32 x 50 g, Großpackung", "Snickers", "grocery", (20, 30)),
    ("fr", "Lot de 24 sachets fraîcheur Whiskas 1+ Volaille en gelée", "Whiskas", "pets", (10, 18)),
    ("fr", "M&M's Peanut lot de 6 sachets 200 g", "M&M's", "grocery", (12, 18)),
    ("es", "Pack 30 barritas Snickers 50 g", "Snickers", "grocery", (22, 30)),
    ("it", "Royal Canin Mini Adult confezione risparmio 2 x 8 kg", "Royal Canin", "pets", (90, 130)),
    ("pt", "Kit 12 Chocolates Snickers 45g", "Snickers", "grocery", (8, 14)),
    ("pt", "Kit 3 Meias Nike Everyday Cano Médio Branca", "Nike", "clothing", (14, 22)),
    ("ru", "Корм Whiskas для кошек, набор 28 паучей по 75 г", "Whiskas", "pets", (12, 20)),
    ("ru", "Набор батончиков Snickers 32 шт. по 50,5 г", "Snickers", "grocery", (18, 28)),
    ("zh", "士力架花生夹心巧克力 整箱 24条装", "Snickers", "grocery", (15, 25)),
    ("zh", "M&M's 牛奶巧克力豆 家庭装 1kg 实惠装", "M&M's", "grocery", (12, 18)),
    ("zh", "伟嘉成猫猫粮 海洋鱼味 3.6kg*2袋 组合装", "Whiskas", "pets", (30, 45)),
    ("ja", "スニッカーズ ピーナッツ ミニ 大袋 3袋セット", "Snickers", "grocery", (10, 16)),
    ("pl", "Whiskas karma mokra dla kota 1+ drobiowe 80 x 85 g zestaw", "Whiskas", "pets", (30, 45)),
    ("pl", "Zestaw batonów Snickers 24 x 50 g", "Snickers", "grocery", (15, 22)),
    ("tr", "Snickers Fıstıklı Çikolata Bar 24 Adet x 50 gr", "Snickers", "grocery", (15, 25)),
    ("tr", "Whiskas Yaş Kedi Maması Tavuklu 28 x 85 gr Multipack", "Whiskas", "pets", (18, 28)),
]


def honest_multipack(rng: random.Random, _lang: str) -> tuple[str, dict, str]:
    lang, text, brand, cat, (lo, hi) = rng.choice(MULTIPACKS)
    title = text
    r = rng.random()
    if r < 0.2:
        title = f"{title} {EXTRA['free_shipping'][lang]}" if lang not in ("zh",) else f"{title} {EXTRA['free_shipping'][lang]}"
    elif r < 0.35:
        title = f"{COND['new'][lang]} {title}" if lang not in ("zh", "ja") else f"【{COND['new'][lang]}】{title}"
    elif r < 0.5:
        title = f"{title}, {rng.choice(['Best Before 2025', 'MHD 2025', 'BBE 03/2025', 'exp. 2025', 'Value Pack'] if lang in ('en', 'de') else [EXTRA['fast'][lang]])}"
    elif r < 0.6:
        title = f"{title} ({rng.choice(['x2', '2 Packs', '3er', 'Multipack', 'Sparpack'] if lang in ('en', 'de') else [COLOR[rng.choice(GENERIC_COLORS)][lang]])})"
    usd = rng.uniform(lo, hi)
    return "multipack", listing(clean(title), price=make_price(rng, usd, lang, "retail"), brand=brand if rng.random() < 0.6 else None,
                                seller=honest_seller(rng, lang, retail=True) if rng.random() < 0.8 else None,
                                url=honest_url(rng, lang, title) if rng.random() < 0.7 else None, category=cat_name(rng, cat, lang)), lang


REFURB = [
    ("Apple", "iPhone 13 128GB", (330, 420), "phones"), ("Apple", "iPhone 12 64GB", (220, 290), "phones"), ("Apple", "iPhone 14 Pro 256GB", (600, 760), "phones"),
    ("Apple", "MacBook Air M1 8GB 256GB", (500, 650), "computers"), ("Apple", "iPad 9th Gen 64GB Wi-Fi", (180, 240), "computers"), ("Apple", "Watch Series 7 45mm GPS", (180, 240), "electronics"),
    ("Apple", "AirPods Pro (1st generation)", (90, 130), "audio"), ("Samsung", "Galaxy S22 128GB", (230, 320), "phones"), ("Samsung", "Galaxy S23 Ultra 256GB", (550, 700), "phones"),
    ("Samsung", "Galaxy Tab S8 128GB", (330, 450), "computers"), ("Sony", "WH-1000XM4", (150, 200), "audio"), ("Bose", "QuietComfort 45", (150, 200), "audio"),
    ("Sony", "PlayStation 5 Disc Edition", (330, 400), "gaming"), ("Dell", "Latitude 7490 i5-8350U 16GB 256GB SSD", (180, 260), "computers"),
    ("Lenovo", "ThinkPad T480 i5 8GB 256GB", (170, 240), "computers"), ("Dyson", "V11 Absolute", (250, 350), "home"), ("Google", "Pixel 7 128GB", (220, 300), "phones"),
]
REFURB_GRADE = {
    "en": ["Refurbished - Excellent", "Renewed", "Certified Refurbished", "Refurbished Grade A", "Grade A Refurbished - 12 Month Warranty", "Renewed Premium", "Refurbished - Good"],
    "de": ["Generalüberholt – Sehr gut", "Refurbished – wie neu", "Zustand A, generalüberholt"], "fr": ["Reconditionné – Très bon état", "Reconditionné – Parfait état", "Grade A reconditionné"],
    "es": ["Reacondicionado – Excelente", "Reacondicionado grado A", "Renewed"], "it": ["Ricondizionato – Eccellente", "Ricondizionato grado A"],
    "pt": ["Recondicionado – Excelente", "Vitrine, grade A"], "ru": ["Восстановленный, как новый", "Восстановленный, класс A"], "zh": ["官方翻新", "官翻 成色99新"],
    "ja": ["整備済み品", "国内版SIMフリー 整備済み Aランク"], "pl": ["Odnowiony – stan bardzo dobry", "Odnowiony klasa A"], "tr": ["Yenilenmiş – Mükemmel", "Yenilenmiş A kalite"],
}
REFURB_SELLERS = {"en": ["Back Market", "Amazon Renewed", "Music Magpie", "Gazelle", "Decluttr", "Apple Certified Refurbished", "Samsung Certified Re-Newed"],
                  "de": ["Back Market", "rebuy", "asgoodasnew", "Amazon Renewed"], "fr": ["Back Market", "Recommerce", "Certideal"], "es": ["Back Market", "Amazon Renewed"],
                  "it": ["Back Market", "Amazon Seconda Mano"], "pt": ["Trocafone", "Back Market"], "ru": ["Ozon", "Re:Store Refurb"], "zh": ["京东拍拍", "爱回收"],
                  "ja": ["Amazon整備済み品", "イオシス", "じゃんぱら"], "pl": ["Back Market", "Allegro Lokalnie"], "tr": ["Hepsiburada Yenilenmiş", "Trendyol Yenilenmiş"]}


def honest_refurbished(rng: random.Random, lang: str) -> tuple[str, dict]:
    brand, model, (lo, hi), cat = rng.choice(REFURB)
    grade = rng.choice(REFURB_GRADE[lang])
    shown = brand if lang != "zh" else {"Apple": "Apple/苹果", "Samsung": "三星", "Sony": "索尼"}.get(brand, brand)
    color = COLOR[rng.choice(["black", "white", "blue", "silver", "grey"])][lang] if rng.random() < 0.5 else ""
    forms = [f"{shown} {model} {color} - {grade}", f"{grade}: {shown} {model} {color}", f"{shown} {model} ({grade}) {color}",
             f"{shown} {model} {color} {grade} {EXTRA['warranty'][lang]}"]
    title = clean(rng.choice(forms))
    return "refurbished", listing(title, description=honest_description(rng, lang, "u", 1) if rng.random() < 0.3 else None,
                                  price=make_price(rng, rng.uniform(lo, hi), lang, "retail"), brand=brand if rng.random() < 0.6 else None,
                                  seller=rng.choice(REFURB_SELLERS[lang]) if rng.random() < 0.8 else None,
                                  url=honest_url(rng, lang, title) if rng.random() < 0.6 else None, category=cat_name(rng, cat, lang))


# Brand names (and near-brand words) used as ordinary words, and lookalike real brands.
BRAND_WORDS = [
    ("en", "Ceramic Apple Pie Dish 9 inch, Fluted, {c}", "home", (15, 30)), ("en", "Apple Corer and Slicer, 8 Blades, Stainless Steel", "home", (8, 15)),
    ("en", "Organic Apple Cider Vinegar with the Mother, 1L", "grocery", (5, 10)), ("en", "Dried Apple Rings, Unsulphured, 500g", "grocery", (7, 12)),
    ("en", "Apple Tree 'Braeburn' Bare Root, 1.5m, Self-Fertile", "garden", (25, 45)), ("en", "Big Apple New York Skyline Canvas Print 60x40cm", "art", (20, 40)),
    ("en", "Apple Green Linen Napkins, Set of 4", "home", (15, 28)), ("en", "Pineapple Corer and Slicer Tool", "home", (8, 14)),
    ("en", "Coach the Team: A Practical Guide to Youth Soccer Coaching (Paperback)", "books", (10, 18)), ("en", "Referee Coach Whistle with Lanyard, 3 Pack", "sports", (6, 12)),
    ("en", "Vintage Coach Bus Diecast Model 1:76 Scale", "toys", (15, 30)), ("en", "Magnetic Coaching Board for Football Tactics", "sports", (20, 35)),
    ("en", "Life Coach Workbook: 52 Weekly Exercises", "books", (12, 20)), ("en", "Mars Rover Curiosity Model Kit 1:24, 4M", "toys", (25, 45)),
    ("en", "Mars Globe 12 inch with Stand, Topographic", "art", (40, 70)), ("en", "Bruno Mars - 24K Magic Vinyl LP", "music", (20, 30)),
    ("en", "NASA Mars Planet Poster A2", "art", (8, 15)), ("en", "Omega-3 Fish Oil 1000mg, 120 Softgels", "health", (12, 22)),
    ("en", "Vegan Omega-3 Algae Oil Capsules, 60 Count", "health", (18, 30)), ("en", "Omega 3-6-9 Capsules 1200mg, 100 Count", "health", (10, 18)),
    ("en", "14K Gold Omega Chain Necklace 4mm, 18 inch", "jewellery", (300, 450)), ("en", "Sterling Silver Omega Chain Necklace 3mm", "jewellery", (35, 60)),
    ("en", "Omega J8006HDS Masticating Juicer, Silver", "home", (250, 330)), ("en", "Guess Who? Classic Board Game, Hasbro", "toys", (12, 20)),
    ("en", "Guess Who? Grab & Go Travel Game", "toys", (8, 12)), ("en", "Nikon Z50 Mirrorless Camera with 16-50mm VR Lens", "cameras", (750, 900)),
    ("en", "Nikon Coolpix P950 Bridge Camera, 83x Zoom", "cameras", (650, 800)), ("en", "Nikon NIKKOR AF-S 50mm f/1.8G Lens", "cameras", (150, 220)),
    ("en", "Nikka From The Barrel Japanese Whisky 500ml", "grocery", (45, 65)), ("en", "Winged Victory of Samothrace (Nike) Statue, 32cm Alabaster Resin", "art", (40, 70)),
    ("en", "U-Channel Aluminium Profile for LED Strip, 1m, 10 Pack", "electronics", (18, 30)), ("en", "4-Channel Security Camera DVR, 1080p", "electronics", (60, 110)),
    ("en", "CHANNELLOCK 440 Tongue and Groove Pliers 12 inch", "tools", (25, 35)), ("en", "2-Channel Stereo Amplifier 100W", "audio", (50, 90)),
    ("en", "Dove Grey Velvet Cushion Cover 45x45cm", "home", (10, 18)), ("en", "Peace Dove Pendant Necklace, Sterling Silver", "jewellery", (25, 45)),
    ("en", "Mourning Dove Bird Feeder, Hanging, Metal", "garden", (15, 28)), ("en", "Galaxy Star Projector Night Light with Bluetooth Speaker", "electronics", (25, 45)),
    ("en", "Milky Way Galaxy Poster 90x60cm", "art", (10, 20)), ("en", "Galaxy Print Leggings, Women, One Size", "clothing", (12, 20)),
    ("en", "Engraved Dog ID Tag, Stainless Steel, Bone Shape", "pets", (6, 12)), ("en", "Leather Luggage Tags, 4 Pack, {c}", "bags", (10, 18)),
    ("en", "Laser Tag Set for 4 Players with Vests", "toys", (45, 80)), ("en", "Kraft Paper Gift Tags, 100 Pcs with String", "office", (5, 9)),
    ("en", "Price Tag Gun with 5000 Labels", "office", (15, 25)), ("en", "Car Floor Mats for VW Polo 2017-2024, Rubber", "car", (25, 45)),
    ("en", "Water Polo Ball Size 5", "sports", (20, 35)), ("en", "Balloon Whisk Stainless Steel 30cm", "home", (6, 12)),
    ("en", "Bamboo Matcha Whisk (Chasen) 100 Prongs", "home", (8, 15)), ("en", "Canine Dental Chews for Large Dogs, 28 Pack", "pets", (15, 25)),
    ("en", "Royal Blue Leather Dog Collar, Large", "pets", (15, 25)), ("en", "Royal Albert Old Country Roses Teacup & Saucer", "home", (25, 45)),
    ("en", "Sanding Discs 125mm Hook & Loop, 80/120/240 Grit, 60 Pcs", "tools", (10, 18)), ("en", "Flap Sanding Disc 115mm P60, 10 Pack", "tools", (8, 15)),
    ("en", "Bosch Professional GSR 12V-15 Cordless Drill", "tools", (90, 140)), ("en", "Samsonite Proxis Spinner 69cm Suitcase", "bags", (380, 480)),
    ("en", "Sonos Era 100 Smart Speaker, Black", "audio", (220, 250)), ("en", "Kraft Mac & Cheese Original, 12 x 206g", "grocery", (12, 20)),
    ("en", "Men's Waterproof Mac Raincoat, Navy, Size L", "clothing", (60, 120)), ("en", "Macramé Wall Hanging, Boho, 60x90cm", "home", (18, 35)),
    ("en", "Wooden Balance Bike for Toddlers 2-4 Years", "toys", (40, 70)), ("en", "Wobble Balance Board for Fitness", "sports", (20, 35)),
    ("en", "Snickers Workwear AllroundWork Trousers 6201, Holster Pockets", "clothing", (90, 140)), ("en", "Snickers Workwear 9191 Knee Pads", "clothing", (30, 45)),
    ("en", "Hermes Greek God Statue, Bronze Finish, 30cm", "art", (40, 80)), ("en", "Model Railway Diorama Scenery Kit, HO Scale", "toys", (25, 45)),
    ("en", "Full-Body Canada Goose Decoys, 6 Pack", "sports", (80, 140)), ("en", "Pandora's Box: A Novel (Paperback)", "books", (8, 14)),
    ("en", "Jaguar XJ Floor Mats 2010-2019", "car", (40, 70)), ("en", "Puma Plush Toy, Realistic Mountain Lion 35cm", "toys", (18, 30)),
    ("de", "Apfelkuchenform Keramik 28 cm", "home", (15, 28)), ("de", "Omega-3 Fischöl Kapseln 1000 mg, 120 Stück", "health", (12, 22)),
    ("de", "Schleifscheiben 125 mm Klett, 50 Stück, K80-K240", "tools", (10, 18)), ("de", "Wer ist es? Brettspiel von Hasbro (Guess Who)", "toys", (12, 20)),
    ("de", "Snickers Workwear Arbeitshose 6241 Gr. 50", "clothing", (90, 140)), ("de", "Nikon Z fc Kamera mit 16-50 mm Objektiv", "cameras", (800, 950)),
    ("fr", "Moule à tarte aux pommes en céramique 28 cm", "home", (15, 28)), ("fr", "Oméga 3 huile de poisson 120 capsules", "health", (12, 22)),
    ("fr", "Disques abrasifs 125 mm auto-agrippants, lot de 50", "tools", (10, 18)), ("fr", "Qui est-ce ? Jeu de société Hasbro", "toys", (12, 20)),
    ("es", "Molde para tarta de manzana de cerámica", "home", (15, 28)), ("es", "Omega 3 aceite de pescado 1000 mg 120 cápsulas", "health", (12, 22)),
    ("es", "Maqueta Mars Rover Curiosity para montar", "toys", (25, 45)), ("es", "¿Quién es quién? Juego de mesa Hasbro", "toys", (12, 20)),
    ("it", "Omega 3 olio di pesce 120 perle", "health", (12, 22)), ("it", "Indovina Chi? Gioco da tavolo Hasbro", "toys", (12, 20)),
    ("pt", "Ômega 3 óleo de peixe 1000mg 120 cápsulas", "health", (10, 20)), ("pt", "Cara a Cara jogo de tabuleiro Estrela (Guess Who)", "toys", (15, 25)),
    ("ru", "Омега-3 рыбий жир 1000 мг, 120 капсул", "health", (10, 20)), ("ru", "Шлифовальные круги 125 мм на липучке, 50 шт.", "tools", (8, 15)),
    ("ru", "Фотоаппарат Nikon D3500 kit 18-55 VR, б/у", "cameras", (300, 420)), ("zh", "Omega-3 深海鱼油软胶囊 120粒", "health", (15, 30)),
    ("zh", "尼康 Nikon Z50 微单相机 16-50mm套机", "cameras", (700, 850)), ("zh", "星空投影灯 银河 氛围夜灯 卧室", "electronics", (15, 30)),
    ("ja", "オメガ3 フィッシュオイル 120粒", "health", (12, 22)), ("ja", "ニコン Nikon Z50 レンズキット", "cameras", (700, 850)),
    ("pl", "Omega-3 olej rybi 1000 mg, 120 kapsułek", "health", (10, 20)), ("pl", "Krążki ścierne 125 mm na rzep, 50 szt.", "tools", (8, 15)),
    ("tr", "Omega 3 balık yağı 1000 mg 120 kapsül", "health", (12, 22)), ("tr", "Nikon D3500 18-55 VR fotoğraf makinesi", "cameras", (400, 520)),
]


def honest_brand_word(rng: random.Random, _lang: str) -> tuple[str, dict, str]:
    lang, text, cat, (lo, hi) = rng.choice(BRAND_WORDS)
    title = text.replace("{c}", COLOR[rng.choice(["black", "brown", "white", "red", "blue", "grey"])]["en"])
    r = rng.random()
    if r < 0.25:
        title = f"{rng.choice(GENERIC_PREFIX[lang]).strip()} {title}"
    elif r < 0.5:
        title = f"{title}{rng.choice(GENERIC_SUFFIX[lang])}"
    elif r < 0.65:
        used = COND[rng.choice(USED_CONDS)][lang]
        title = f"{title} - {used}" if lang not in ("zh", "ja") else f"{used} {title}"
        lo, hi = lo * 0.5, hi * 0.7
    return "brand-word", listing(clean(title), description=honest_description(rng, lang, "n", 1) if rng.random() < 0.3 else None,
                                 price=make_price(rng, rng.uniform(lo, hi), lang, "retail"),
                                 seller=honest_seller(rng, lang, retail=rng.random() < 0.5) if rng.random() < 0.7 else None,
                                 url=honest_url(rng, lang, title) if rng.random() < 0.6 else None, category=cat_name(rng, cat, lang)), lang


# Honest uses of words that also appear in counterfeit listings. Judged as something a sensible
# engine should keep low: batteries, scale models and props, licensed fan jerseys called
# "replica" by their makers, mirrors, copy paper, fake plants, faux leather, "inspired by"
# without a brand, HDD clone docks, OEM car parts, Grade A produce, simulated gems...
RISKY = [
    ("en", "Duracell Plus AAA Batteries, 12 Pack", "Duracell", "electronics", (8, 14)), ("en", "Energizer MAX AAA Alkaline Batteries, 24 Count", "Energizer", "electronics", (12, 20)),
    ("en", "Panasonic eneloop AAA Rechargeable Batteries 800mAh, 4 Pack", "Panasonic", "electronics", (12, 18)), ("en", "Amazon Basics AAA Performance Alkaline Batteries, 36 Pack", "Amazon Basics", "electronics", (12, 18)),
    ("en", "AAA Battery Charger with 8 Rechargeable NiMH Batteries", None, "electronics", (18, 28)), ("en", "LED Head Torch, 3 x AAA Batteries Included, 300 Lumens", None, "sports", (10, 18)),
    ("en", "Replacement Remote Control for Samsung Smart TV BN59-01315A (2 x AAA batteries not included)", None, "electronics", (8, 14)),
    ("en", "Universal TV Remote for Sony Bravia, uses 2 x AAA", None, "electronics", (9, 15)), ("en", "Wireless Doorbell, Battery Powered (AAA), 300m Range", None, "home", (15, 28)),
    ("en", "Harry Potter Elder Wand Replica - The Noble Collection", "The Noble Collection", "toys", (35, 50)),
    ("en", "The Lord of the Rings: The One Ring Replica, Gold Plated Tungsten", "The Noble Collection", "toys", (25, 45)),
    ("en", "Star Wars The Black Series Darth Vader Force FX Elite Lightsaber, Prop Replica", "Hasbro", "toys", (200, 280)),
    ("en", "Star Wars The Black Series Clone Trooper Premium Electronic Helmet", "Hasbro", "toys", (100, 130)),
    ("en", "Replica Roman Denarius Coin, Julius Caesar - Museum Reproduction", None, "art", (8, 20)), ("en", "Replica T-Rex Tooth Fossil Cast, 12cm", None, "art", (12, 25)),
    ("en", "Replica 1863 Civil War Map of Virginia, Framed Print", None, "art", (30, 60)), ("en", "Titanic White Star Line Replica Dinner Plate", None, "home", (30, 50)),
    ("en", "Antique Replica Brass Ship Compass with Wooden Box", None, "home", (25, 45)), ("en", "Replica Medieval Longsword, Display Only, Unsharpened", None, "art", (60, 120)),
    ("en", "adidas Juventus 24/25 Home Replica Jersey, Men's M - Officially Licensed", "adidas", "sports", (80, 100)),
    ("en", "Official Arsenal 2024/25 Home Shirt (Replica), adidas, Kids 11-12Y", "adidas", "sports", (60, 80)),
    ("en", "Nike USA 2024 Stadium Home Jersey (Replica), Men's L", "Nike", "sports", (85, 100)),
    ("en", "Puma Manchester City 24/25 Home Replica Shirt, Size XL", "Puma", "sports", (75, 95)),
    ("en", "Life-Size 1:1 Scale Stormtrooper Helmet, Wearable Prop", None, "toys", (90, 150)), ("en", "1:1 Scale Human Skull Anatomical Model, 3 Parts", None, "health", (20, 40)),
    ("en", "Jurassic Park Jeep Wrangler 1:18 Diecast Model", "Mattel", "toys", (60, 90)), ("en", "Square Photo Frame 30x30cm for 1:1 Prints, Oak", None, "home", (12, 20)),
    ("en", "Epoxy Resin Kit, 1:1 Mixing Ratio, Crystal Clear, 1L", None, "art", (25, 40)), ("en", "Concentrated Floor Cleaner, Dilute 1:1, 5L", None, "home", (12, 20)),
    ("en", "Instant Camera Film, Square Format 1:1, 10 Sheets", None, "cameras", (12, 18)), ("en", "Bathroom Mirror with LED Lights 60x80cm, Anti-Fog", None, "home", (80, 150)),
    ("en", "Full Length Standing Mirror 160x50cm, Black Frame", None, "furniture", (50, 110)), ("en", "Mirror Finish Polishing Compound for Stainless Steel, 250g", None, "tools", (10, 18)),
    ("en", "Ray-Ban RB3025 Aviator Flash Lenses, Silver Mirror, 58mm", "Ray-Ban", "accessories", (150, 190)),
    ("en", "Driver Side Mirror Glass for VW Golf Mk7, Heated", None, "car", (15, 30)), ("en", "Copy Paper A4 80gsm, 5 Reams (2500 Sheets)", None, "office", (20, 35)),
    ("en", "HP Office Copy Paper, 8.5 x 11, 10 Reams", "HP", "office", (45, 65)), ("en", "Signed Copy - The Thursday Murder Club by Richard Osman, First Edition", None, "books", (30, 80)),
    ("en", "Advance Reader's Copy (ARC) Fourth Wing, Uncorrected Proof", None, "books", (25, 60)),
    ("en", "First Edition, First Printing - The Hobbit 1966 Ballantine, a fine copy", None, "books", (60, 150)),
    ("en", "Limited Edition Giclée Print, the first copy of 50, Numbered and Signed", None, "art", (120, 250)),
    ("en", "Artificial Fake Plants in Pots, Set of 3, Eucalyptus", None, "home", (20, 35)), ("en", "Fake Snow for Christmas Village Display, 2 Bags", None, "home", (8, 14)),
    ("en", "Faux Leather 3-Seater Sofa, Brown", None, "furniture", (400, 700)), ("en", "Faux Fur Throw Blanket 130x170cm, Cream", None, "home", (25, 45)),
    ("en", "Women's Faux Leather Leggings, High Waist", None, "clothing", (20, 35)), ("en", "St. Tropez Self Tan Classic Bronzing Mousse (Fake Tan), 200ml", "St. Tropez", "beauty", (30, 40)),
    ("en", "False Eyelashes Natural Look, 10 Pairs", None, "beauty", (8, 15)), ("en", "Press-On Fake Nails, Almond Shape, 24 Pcs", None, "beauty", (6, 12)),
    ("en", "Faux Leather Wallet Case for Samsung Galaxy S24 Ultra with Card Slots", None, "phone_acc", (10, 18)),
    ("en", "Inspired by Nature - Botanical Wall Art Prints, Set of 6", None, "art", (25, 45)), ("en", "Scandinavian-Inspired Oak Dining Chairs, Set of 2", None, "furniture", (180, 300)),
    ("en", "Japanese-Inspired Ceramic Ramen Bowls, Set of 4", None, "home", (30, 50)), ("en", "70s-Inspired Floral Maxi Dress", None, "clothing", (35, 60)),
    ("en", "HDD Docking Station with Offline Clone Function, USB 3.0, 2.5/3.5 inch SATA", None, "computers", (30, 45)),
    ("en", "M.2 NVMe SSD Enclosure with Cloning Software", None, "computers", (25, 40)),
    ("en", "OEM Quality Front Brake Pads for Toyota Corolla 2014-2019", None, "car", (25, 45)), ("en", "Genuine OEM Toyota Oil Filter 04152-YZZA1, Pack of 2", "Toyota", "car", (15, 25)),
    ("en", "Grade A Large Free-Range Eggs, 12 Pack", None, "grocery", (4, 7)), ("en", "Pure Maple Syrup Grade A Amber, 1L", None, "grocery", (18, 28)),
    ("en", "Cubic Zirconia Stud Earrings, Simulated Diamond, 925 Silver", None, "jewellery", (15, 30)), ("en", "Lab-Grown Diamond Solitaire Ring 1ct, 14K White Gold", None, "jewellery", (700, 1200)),
    ("en", "Moissanite Tennis Bracelet 5ct, 925 Sterling Silver", None, "jewellery", (80, 160)), ("en", "Unbranded Men's Genuine Leather Belt, Black, 120cm", "Unbranded", "accessories", (12, 20)),
    ("en", "Counterfeit Money Detector Pens, 3 Pack", None, "office", (5, 9)), ("en", "Copycat: A Novel (Hardcover)", None, "books", (15, 25)),
    ("de", "Kunstpflanze Olivenbaum künstlich 120 cm im Topf", None, "home", (40, 80)), ("de", "Replik römische Münze Denar, Museumsnachbildung", None, "art", (8, 20)),
    ("de", "Kopierpapier A4 80 g, 2500 Blatt", None, "office", (20, 35)), ("de", "Badspiegel mit LED Beleuchtung 80x60 cm", None, "home", (80, 150)),
    ("de", "Micro AAA Batterien Alkaline, 20 Stück", None, "electronics", (8, 14)), ("de", "Kunstleder Sofa 3-Sitzer schwarz", None, "furniture", (300, 600)),
    ("fr", "Plante artificielle olivier 120 cm en pot", None, "home", (40, 80)), ("fr", "Ramettes papier A4 80 g, lot de 5", None, "office", (20, 35)),
    ("fr", "Miroir sur pied 160x50 cm cadre noir", None, "furniture", (50, 110)), ("fr", "Piles AAA alcalines, lot de 20", None, "electronics", (8, 14)),
    ("es", "Plantas artificiales decorativas, set de 3", None, "home", (20, 35)), ("es", "Papel para fotocopiadora A4 80 g, 5 paquetes", None, "office", (20, 35)),
    ("es", "Espejo de pie 160x50 cm marco negro", None, "furniture", (50, 110)), ("es", "Réplica moneda romana denario, reproducción de museo", None, "art", (8, 20)),
    ("it", "Piante finte da interno in vaso, set di 3", None, "home", (20, 35)), ("it", "Carta per fotocopie A4 80 g, 5 risme", None, "office", (20, 35)),
    ("it", "Specchio da terra 160x50 cm", None, "furniture", (50, 110)), ("pt", "Plantas artificiais para decoração, kit com 3", None, "home", (15, 30)),
    ("pt", "Papel sulfite A4 75g, caixa com 10 resmas", None, "office", (30, 50)), ("pt", "Espelho de chão 160x50 cm moldura preta", None, "furniture", (50, 110)),
    ("ru", "Искусственные растения в горшке, набор 3 шт.", None, "home", (15, 30)), ("ru", "Бумага для принтера и копира А4, 5 пачек", None, "office", (18, 30)),
    ("ru", "Зеркало напольное 160x50 см в чёрной раме", None, "furniture", (50, 110)), ("ru", "Батарейки AAA мизинчиковые, 20 шт.", None, "electronics", (6, 12)),
    ("zh", "高仿真绿植盆栽 假花 客厅装饰 北欧风", None, "home", (10, 30)), ("zh", "仿真花 绣球花束 婚礼装饰 高仿真", None, "home", (8, 20)),
    ("zh", "复印纸 A4 70g 5包 整箱", None, "office", (15, 25)), ("zh", "7号电池 AAA 碱性 20粒装", None, "electronics", (4, 8)),
    ("ja", "フェイクグリーン 観葉植物 大型 人工観葉植物", None, "home", (25, 60)), ("ja", "食品サンプル ラーメン レプリカ 店舗ディスプレイ用", None, "art", (40, 90)),
    ("ja", "コピー用紙 A4 500枚×5冊", None, "office", (18, 30)), ("ja", "単4電池 アルカリ 20本パック", None, "electronics", (6, 12)),
    ("pl", "Sztuczne kwiaty w doniczce, zestaw 3 szt.", None, "home", (15, 30)), ("pl", "Papier ksero A4 80 g, 5 ryz", None, "office", (20, 35)),
    ("pl", "Tusz zamiennik do HP 305XL czarny", None, "office", (8, 15)), ("pl", "Lustro stojące 160x50 cm czarna rama", None, "furniture", (50, 110)),
    ("tr", "Yapay çiçek saksılı dekoratif set", None, "home", (15, 30)), ("tr", "Fotokopi kağıdı A4 80 gr 5 paket", None, "office", (20, 35)),
    ("tr", "Boy aynası 160x50 cm siyah çerçeve", None, "furniture", (50, 110)),
]


def honest_risky(rng: random.Random, _lang: str) -> tuple[str, dict, str]:
    lang, text, brand, cat, (lo, hi) = rng.choice(RISKY)
    title = text
    r = rng.random()
    if r < 0.25:
        title = f"{rng.choice(GENERIC_PREFIX[lang]).strip()} {title}"
    elif r < 0.5:
        title = f"{title}{rng.choice(GENERIC_SUFFIX[lang])}"
    elif r < 0.6:
        title = f"{title} - {COND[rng.choice(['like_new', 'very_good', 'good'])][lang]}" if lang not in ("zh", "ja") else f"{COND['like_new'][lang]} {title}"
        lo, hi = lo * 0.5, hi * 0.75
    return "risky-word", listing(clean(title), description=honest_description(rng, lang, "n", 1) if rng.random() < 0.3 else None,
                                 price=make_price(rng, rng.uniform(lo, hi), lang, "retail"), brand=brand if rng.random() < 0.6 else None,
                                 seller=honest_seller(rng, lang, retail=rng.random() < 0.5) if rng.random() < 0.7 else None,
                                 url=honest_url(rng, lang, title) if rng.random() < 0.6 else None, category=cat_name(rng, cat, lang)), lang


# ---------------------------------------------------------------------------------------------
# Counterfeit listings
# ---------------------------------------------------------------------------------------------

CF_EXTRA = [
    P("sandisk", "Extreme microSDXC 2TB", "memory_card", (200, 260), None, ["2TB", "A2", "U3", "V30", "400MB/s"], []),
    P("sandisk", "Ultra Dual Drive 2TB USB-C", "usb_drive", (150, 220), None, ["2TB", "USB 3.1", "OTG"], []),
    P("sandisk", "Extreme PRO 1TB SDXC", "sd_card", (150, 200), None, ["1TB", "200MB/s", "V30"], []),
    P("samsung", "EVO Plus microSDXC 1TB", "memory_card", (80, 120), None, ["1TB", "U3", "A2", "160MB/s"], []),
    P("apple", "AirPods Pro 2 with MagSafe Charging Case", "earbuds", (189, 249), None, ["USB-C", "ANC", "Spatial Audio"], []),
    P("nike", "Air Jordan 4 Retro", "sneakers", (210, 250), None, ["Military Black", "Bred", "FV5029"], []),
    P("adidas", "Yeezy Slide", "sandals", (70, 100), None, ["Onyx", "Bone", "Pure"], []),
    P("louis-vuitton", "Monogram Confidential Silk Square", "scarf", (500, 700), None, ["90 x 90 cm", "M78667"], []),
    P("chanel", "CC Logo Stud Earrings", "earrings", (600, 1000), None, ["Gold-tone", "Crystal"], []),
    P("rolex", "Yacht-Master 40", "watch", (14000, 18000), None, ["126622", "Rhodium Dial", "40mm"], []),
    P("dior", "Oblique Saddle Belt Bag", "bag", (2500, 3000), None, ["Blue Oblique jacquard"], []),
    P("balenciaga", "Crocs Boot", "sneakers", (900, 1100), None, ["Rubber", "Pull-on"], []),
]

BRAND_WEIGHTS = {
    "louis-vuitton": 7, "gucci": 7, "chanel": 6, "hermes": 4, "prada": 4, "dior": 5, "balenciaga": 4, "rolex": 7, "omega": 4, "cartier": 4,
    "tag-heuer": 3, "samsung": 4, "apple": 7, "sony": 3, "bose": 3, "sandisk": 4, "nike": 7, "adidas": 5, "new-balance": 3, "mac": 3,
    "estee-lauder": 3, "mms": 2, "snickers": 2, "royal-canin": 2, "whiskas": 2, "moncler": 3, "ray-ban": 3, "saint-laurent": 3, "pandora": 3, "canada-goose": 3,
}
FOOD = {"mms", "snickers", "royal-canin", "whiskas"}
CF_LANGS = [("en", 44), ("zh", 10), ("es", 6), ("pt", 6), ("ru", 6), ("fr", 5), ("de", 5), ("it", 4), ("ja", 4), ("pl", 4), ("tr", 6)]

CUES = {
    "en": ["Replica", "AAA Replica", "AAA+ Quality", "1:1", "1:1 Mirror Quality", "Mirror Quality", "Super Fake", "Super Clone", "Top Quality Copy", "First Copy",
           "Master Copy", "High Quality Replica", "Rep", "UA Quality", "Grade AAA", "Clone", "Same as Original", "Copy", "Best Replica", "Top Grade 1:1", "7A Quality", "Mirror Copy", "Fake"],
    "de": ["Replik", "Nachbildung", "1:1 Kopie", "Kopie", "Top Kopie", "Fake", "Imitat", "wie Original", "AAA Qualität", "Spiegelqualität", "nachgemacht"],
    "fr": ["Réplique", "Copie", "Copie conforme", "Copie 1:1", "Qualité miroir", "Imitation", "Faux", "Replica", "AAA", "Identique à l'original"],
    "es": ["Réplica", "Réplica AAA", "Imitación", "Copia", "Copia 1:1", "Calidad espejo", "Clon", "Réplica exacta", "Calidad AAA", "Igual al original"],
    "it": ["Replica", "Replica AAA", "Copia", "Copia 1:1", "Copia perfetta", "Imitazione", "Qualità specchio", "Falso d'autore", "Tarocco", "Identica all'originale"],
    "pt": ["Réplica", "Réplica Primeira Linha", "Primeira Linha", "Réplica AAA", "Cópia", "Réplica Espelhada", "Linha AAA", "1:1", "Idêntico ao original", "Réplica Premium"],
    "ru": ["Реплика", "Копия", "Люкс копия", "Копия 1:1", "Качество ААА", "Зеркальное качество", "Паль", "Не оригинал", "Реплика премиум", "Точная копия"],
    "zh": ["高仿", "复刻", "A货", "原单", "1:1", "精仿", "顶级复刻", "超A", "莆田", "高版本", "一比一", "原厂代工", "顶级版本"],
    "ja": ["スーパーコピー", "N級品", "レプリカ", "コピー品", "S級品", "1:1", "偽物", "最高品質N級"],
    "pl": ["Replika", "Podróbka", "Kopia", "Kopia 1:1", "Jakość AAA", "Jakość premium 1:1", "Nie oryginał", "Lustrzana kopia"],
    "tr": ["Replika", "Birebir", "Birebir Replika", "A Kalite", "AAA Kalite", "1. Kalite", "Çakma", "İmitasyon", "Orijinal Kalitesinde", "Ayna Kalite"],
}
INSPIRED = {
    "en": ["Inspired by {B}", "{B} Inspired", "{B} Dupe", "Dupe for {B}", "{B} Look-Alike", "Unbranded but same as {B}"],
    "de": ["inspiriert von {B}", "{B} Dupe", "ähnlich wie {B}"], "fr": ["inspiré de {B}", "dupe {B}", "équivalent {B}"],
    "es": ["inspirado en {B}", "dupe de {B}", "equivalencia {B}"], "it": ["ispirato a {B}", "dupe {B}", "equivalente {B}"],
    "pt": ["inspirado no {B}", "contratipo {B}", "similar {B}"], "ru": ["аналог {B}", "по мотивам {B}", "дубликат {B}"],
    "zh": ["{B}同款", "平替{B}", "{B}平替"], "ja": ["{B}風", "{B}タイプ"], "pl": ["zamiennik {B}", "inspirowane {B}", "odpowiednik {B}"], "tr": ["{B} muadili", "{B} esintili"],
}
FOOD_CUES = {
    "en": ["OEM", "Copy", "Imitation", "Same Taste as Original", "Factory Repack", "Replica Packaging"], "de": ["Kopie", "Imitat", "OEM"], "fr": ["Copie", "Imitation"],
    "es": ["Imitación", "Copia"], "it": ["Imitazione", "Copia"], "pt": ["Réplica", "Cópia"], "ru": ["Копия", "Не оригинал", "Подделка"], "zh": ["分装", "高仿", "散装仿", "代工"],
    "ja": ["コピー品", "レプリカ"], "pl": ["Kopia", "Podróbka"], "tr": ["Çakma", "İmitasyon"],
}
CUE_SENTENCES = {
    "en": ["Quality: 1:1 mirror, identical to the original.", "This is a high quality replica, not original.", "AAA+ grade, best version on the market.", "Super clone, all details correct.", "Factory copy made with the same materials as retail.", "Replica, but nobody can tell the difference."],
    "de": ["Qualität 1:1 wie das Original.", "Hochwertige Replik, kein Original.", "Top Kopie, nicht vom Original zu unterscheiden."],
    "fr": ["Qualité miroir 1:1, identique à l'original.", "Réplique de haute qualité, pas l'original.", "Copie parfaite, personne ne verra la différence."],
    "es": ["Calidad espejo 1:1, idéntico al original.", "Réplica de alta calidad, no es original.", "Copia AAA, nadie notará la diferencia."],
    "it": ["Qualità specchio 1:1, identica all'originale.", "Replica di alta qualità, non originale.", "Copia perfetta, nessuno noterà la differenza."],
    "pt": ["Réplica primeira linha, idêntica à original.", "Qualidade AAA, não é original.", "Cópia perfeita, ninguém percebe a diferença."],
    "ru": ["Качество 1:1, как оригинал.", "Реплика высокого качества, не оригинал.", "Люкс копия, никто не отличит."],
    "zh": ["一比一复刻，细节与正品一致。", "高仿A货，非正品，介意勿拍。", "原单品质，专柜同款面料。"],
    "ja": ["N級品です。本物と見分けがつきません。", "スーパーコピー品、最高品質。"],
    "pl": ["Jakość 1:1 jak oryginał.", "Replika wysokiej jakości, nie oryginał."],
    "tr": ["Birebir orijinal kalitesinde.", "A kalite replika, orijinal değildir."],
}
CF_NEUTRAL = {
    "en": ["Fast shipping worldwide.", "Real photos, what you see is what you get.", "Comes with box, dust bag and cards.", "Please contact us for more styles.", "Wholesale and dropshipping welcome.",
           "Top materials, perfect details.", "Discreet packaging.", "Tracking number provided within 48h.", "Serial number and hologram included.", "Limited stock, order now."],
    "de": ["Schneller Versand weltweit.", "Echte Fotos.", "Mit Box, Staubbeutel und Karten.", "Weitere Modelle auf Anfrage.", "Diskrete Verpackung."],
    "fr": ["Expédition rapide dans le monde entier.", "Photos réelles.", "Livré avec boîte, dustbag et cartes.", "Plus de modèles sur demande.", "Emballage discret."],
    "es": ["Envío rápido a todo el mundo.", "Fotos reales.", "Incluye caja, dust bag y tarjetas.", "Más modelos disponibles, consultar.", "Embalaje discreto."],
    "it": ["Spedizione veloce in tutto il mondo.", "Foto reali.", "Con scatola, dustbag e card.", "Altri modelli disponibili.", "Imballo discreto."],
    "pt": ["Envio rápido para todo o Brasil.", "Fotos reais.", "Acompanha caixa, dust bag e cartões.", "Temos outros modelos, chama no chat.", "Embalagem discreta."],
    "ru": ["Быстрая доставка по всей России.", "Реальные фото.", "Коробка, пыльник, карточки в комплекте.", "Есть другие модели, пишите.", "Отправка в день оплаты."],
    "zh": ["实拍图，所见即所得。", "全套包装，盒子防尘袋齐全。", "更多款式请咨询。", "支持批发代发。", "顺丰包邮。"],
    "ja": ["即日発送いたします。", "実物写真です。", "箱・保存袋付き。", "他にも多数出品中です。"],
    "pl": ["Szybka wysyłka.", "Prawdziwe zdjęcia.", "Komplet z pudełkiem i dust bagiem.", "Więcej modeli na zapytanie."],
    "tr": ["Hızlı kargo.", "Gerçek fotoğraflar.", "Kutu ve toz torbası ile gönderilir.", "Diğer modeller için mesaj atın."],
}
CF_CLAIMS = {
    "en": ["Brand New", "With Box", "Full Set", "With Dust Bag", "100% Authentic", "Original", "Free Shipping", "With Tags", "Gift Box", "Fast Shipping", "Genuine"],
    "de": ["Neu", "mit Box", "Full Set", "Original", "versandkostenfrei"], "fr": ["Neuf", "avec boîte", "Original", "livraison gratuite"],
    "es": ["Nuevo", "con caja", "Original", "envío gratis"], "it": ["Nuovo", "con scatola", "Originale", "spedizione gratuita"],
    "pt": ["Novo", "com caixa", "Original", "frete grátis", "Pronta entrega"], "ru": ["Новый", "в коробке", "Оригинал", "доставка"],
    "zh": ["全套包装", "现货", "包邮", "正品", "带盒"], "ja": ["新品", "箱付き", "送料無料", "正規品"], "pl": ["Nowy", "z pudełkiem", "Oryginał", "darmowa wysyłka"],
    "tr": ["Sıfır", "kutulu", "Orijinal", "ücretsiz kargo"],
}
CF_SPAM = {
    "en": ["Hot Sale", "2024 New", "Luxury", "Designer", "Top Quality", "Wholesale", "Fashion", "Limited Edition", "Factory Price", "Best Gift", "Cheap", "Dropshipping"],
    "de": ["Luxus", "Top", "Neu 2024", "Designer"], "fr": ["Luxe", "Nouveauté", "Tendance"], "es": ["Lujo", "Novedad", "Oferta"], "it": ["Lusso", "Novità", "Offerta"],
    "pt": ["Luxo", "Lançamento", "Promoção"], "ru": ["Люкс", "Новинка", "Хит продаж"], "zh": ["爆款", "新款", "热卖", "现货", "包邮", "厂家直销", "批发"],
    "ja": ["大人気", "新作", "即納", "送料無料"], "pl": ["Luksus", "Nowość", "Hit"], "tr": ["Lüks", "Yeni sezon", "Kampanya"],
}
CF_TEMPLATES = {
    "en": ["{Q} {B} {M} {N} {S} {C} {Z}", "{X} {B} {M} {S} {C} {N} {Q}", "{B} {M} {N} {S} {C} {Z} - {Q}", "{Y} New {B} {M} {S} {N} {Q} With Box {C}",
           "{Q} {G} {B} {M} {N} {S} {C} {X}", "{B} {M} {Q} {S} {C} {Z} {K}", "{K} {B} {M} {S} {C} {N} {Q} {X}", "{G} {N} {B} {M} {S} {Q} {C} {X} {K}"],
    "de": ["{Q} {B} {M} {N} {S} {C} {Z}", "{B} {M} {S} {C} {N} {Z} – {Q}", "{N} {B} {M} {S} {C} {Q} {K}"],
    "fr": ["{N} {B} {M} {S} {C} {Z} {Q}", "{Q} {B} {M} {N} {C} {K}", "{B} {M} {S} {C} – {Q} – {K}"],
    "es": ["{N} {B} {M} {S} {C} {Z} {Q}", "{Q} {B} {M} {S} {C} {K}", "{B} {M} {N} {S} {C} - {Q}"],
    "it": ["{N} {B} {M} {S} {C} {Q}", "{Q} {B} {M} {S} {C} {K}", "{B} {M} {N} {C} {Z} - {Q}"],
    "pt": ["{N} {B} {M} {S} {C} {Z} {Q}", "{Q} {B} {M} {S} {C} {K}", "{N} {B} {M} {Q} {C} {K}"],
    "ru": ["{N} {B} {M} {S} {C} {Q}", "{Q} {B} {M} {S} {C} {Z} {K}", "{B} {M} {N} {C} {Z} ({Q})"],
    "zh": ["{Q}{B} {M} {S} {C} {N} {X}", "{B} {M} {Q} {S} {C} {Z} {X}", "{X} {Q} {B} {N} {M} {S} {C}", "【{Q}】{B} {M} {S} {C} {G}{N} {K}"],
    "ja": ["{Q} {B} {M} {S} {C} {N} {K}", "【{Q}】{B} {M} {N} {S} {C} {Z}", "{B} {M} {S} {C} {Q} {X}"],
    "pl": ["{N} {B} {M} {S} {C} {Z} {Q}", "{Q} {B} {M} {S} {C} {K}", "{B} {M} {N} {C} – {Q}"],
    "tr": ["{B} {M} {S} {C} {N} {Z} {Q}", "{Q} {B} {M} {S} {C} {G} {N}", "{B} {M} {Q} {C} {N} {K}"],
}

# --- disguises ---------------------------------------------------------------------------------

CYRILLIC = {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "s": "ѕ", "j": "ј", "h": "һ",
            "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "S": "Ѕ"}
GREEK = {"o": "ο", "v": "ν", "p": "ρ", "i": "ι", "u": "υ", "A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ",
         "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ"}
MATH = {"bold": 0x1D400, "bold-italic": 0x1D468, "sans": 0x1D5A0, "sans-bold": 0x1D5D4, "sans-bold-italic": 0x1D63C, "mono": 0x1D670, "script-bold": 0x1D4D0, "fraktur-bold": 0x1D56C}
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
LEET = {"o": ["0"], "O": ["0"], "i": ["1", "!"], "I": ["1"], "l": ["1"], "e": ["3"], "E": ["3"], "a": ["4", "@"], "A": ["4"], "s": ["5", "$"], "S": ["5", "$"], "t": ["7"], "g": ["9"]}


def homoglyph(rng: random.Random, text: str) -> str:
    table_ = CYRILLIC if rng.random() < 0.7 else GREEK
    spots = [i for i, c in enumerate(text) if c in table_]
    if not spots:
        table_ = CYRILLIC if table_ is GREEK else GREEK
        spots = [i for i, c in enumerate(text) if c in table_]
    chars = list(text)
    for i in rng.sample(spots, min(len(spots), rng.choice([1, 1, 2, 3]))):
        chars[i] = table_[chars[i]]
    return "".join(chars)


def fullwidth(text: str) -> str:
    return "".join("\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def math_letters(rng: random.Random, text: str) -> str:
    base = MATH[rng.choice(list(MATH))]
    out = []
    for c in text:
        if "A" <= c <= "Z":
            out.append(chr(base + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(base + 26 + ord(c) - 97))
        else:
            out.append(c)
    return "".join(out)


def enclosed(rng: random.Random, text: str) -> str:
    style = rng.choice(["circled", "squared", "negative"])
    out = []
    for c in text:
        u = c.upper()
        if "A" <= u <= "Z":
            if style == "circled":
                out.append(chr((0x24B6 if c.isupper() else 0x24D0) + ord(u) - 65))
            else:
                out.append(chr((0x1F130 if style == "squared" else 0x1F170) + ord(u) - 65))
        else:
            out.append(c)
    return "".join(out)


def zero_width(rng: random.Random, text: str) -> str:
    gaps = [i for i in range(1, len(text)) if text[i - 1].isalpha() and text[i].isalpha()]
    chosen = set(rng.sample(gaps, min(len(gaps), rng.choice([1, 2, len(gaps)]))))
    zw = rng.choice(ZERO_WIDTH)
    return "".join((zw if i in chosen else "") + c for i, c in enumerate(text))


def spaced(rng: random.Random, text: str) -> str:
    letters = text.upper() if rng.random() < 0.7 else text
    words = [" ".join(w) for w in letters.split(" ")]
    return "   ".join(words) if rng.random() < 0.5 else "  ".join(words)


def dotted(rng: random.Random, text: str) -> str:
    sep = rng.choice([".", ".", "-", "*", "_", "·"])
    letters = text.upper() if rng.random() < 0.5 else text
    return " ".join(sep.join(w) for w in letters.split(" "))


def masked(rng: random.Random, text: str) -> str:
    chars = list(text)
    inner = [i for i in range(1, len(chars) - 1) if chars[i].isalpha() and chars[i - 1] != " " and (i + 1 >= len(chars) or chars[i + 1] != " ")]
    for i in rng.sample(inner, min(len(inner), rng.choice([1, 1, 2]))):
        chars[i] = "*"
    return "".join(chars)


def leet(rng: random.Random, text: str) -> str:
    spots = [i for i, c in enumerate(text) if c in LEET]
    chars = list(text)
    for i in rng.sample(spots, min(len(spots), rng.choice([1, 1, 2]))):
        chars[i] = rng.choice(LEET[chars[i]])
    return "".join(chars)


DISGUISES = {
    "homoglyph": (18, lambda r, b: homoglyph(r, b.name)),
    "fullwidth": (9, lambda r, b: fullwidth(b.name if r.random() < 0.6 else b.name.upper())),
    "math": (9, lambda r, b: math_letters(r, b.name if r.random() < 0.5 else b.name.upper())),
    "enclosed": (4, lambda r, b: enclosed(r, b.name)),
    "zerowidth": (10, lambda r, b: zero_width(r, b.name)),
    "spaced": (10, lambda r, b: spaced(r, b.name)),
    "dotted": (8, lambda r, b: dotted(r, b.name)),
    "masked": (5, lambda r, b: masked(r, b.name)),
    "leet": (12, lambda r, b: leet(r, b.name)),
    "misspell": (15, lambda r, b: r.choice(b.missp)),
}


def disguise(rng: random.Random, b: Brand, lang: str) -> tuple[str, str]:
    if lang == "zh" and b.slang and rng.random() < 0.45:
        return "slang", rng.choice(b.slang)
    forms = [(k, v[0]) for k, v in DISGUISES.items()]
    form = pick_weighted(rng, forms)
    text = DISGUISES[form][1](rng, b)
    if form in ("leet", "homoglyph", "masked") and text == b.name:
        form, text = "misspell", rng.choice(b.missp)
    return form, text


def plain_brand(rng: random.Random, b: Brand, lang: str) -> str:
    if lang == "zh":
        return rng.choice([b.zh, b.zh, f"{b.name}{b.zh}", b.name, f"{b.zh}/{b.name}"])
    if lang == "ja":
        return rng.choice([b.ja, b.ja, f"{b.name.upper()} {b.ja}", b.name.upper()])
    if lang == "ru" and rng.random() < 0.3:
        return b.ru
    if b.abbr and b.slug in ("louis-vuitton", "saint-laurent", "new-balance", "gucci", "chanel") and rng.random() < 0.25:
        return b.abbr[0]
    return b.name.upper() if rng.random() < 0.2 else b.name


# --- contact and official-store claims ---------------------------------------------------------

HANDLE_A = ["lux", "vip", "top", "best", "kicks", "bags", "watch", "style", "fashion", "brand", "mia", "jason", "kevin", "lily", "tony", "amy"]
HANDLE_B = ["store", "world", "king", "house", "hub", "shop", "closet", "888", "168", "2024", "hk", "gz", "deals"]


def handle(rng: random.Random) -> str:
    return f"{rng.choice(HANDLE_A)}{rng.choice(['_', '.', '', ''])}{rng.choice(HANDLE_B)}{rng.choice(['', str(rng.randint(1, 99)), str(rng.randint(100, 999))])}"


def cn_mobile(rng: random.Random) -> str:
    return f"1{rng.choice([3, 5, 7, 8])}{rng.randint(0, 9)}{rng.randint(1000, 9999)}{rng.randint(1000, 9999)}"


CONTACT = {
    "en": [lambda r: f"WhatsApp +86 {cn_mobile(r)}", lambda r: f"WA: +852 {r.randint(5000, 9999)} {r.randint(1000, 9999)}", lambda r: f"Whatsapp me +1 ({r.randint(200, 989)}) {r.randint(200, 999)}-{r.randint(1000, 9999)}",
           lambda r: f"Telegram @{handle(r)}", lambda r: f"DM on Instagram @{handle(r)}", lambda r: f"Email: {handle(r)}@gmail.com", lambda r: f"WeChat: {handle(r)}",
           lambda r: f"contact WhatsApp +86 {cn_mobile(r)} for more pics", lambda r: f"Text +44 7{r.randint(100, 999)} {r.randint(100000, 999999)}", lambda r: f"order via WhatsApp +971 5{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}"],
    "de": [lambda r: f"WhatsApp 0176 {r.randint(1000000, 9999999)}", lambda r: f"Telegram @{handle(r)}", lambda r: f"Kontakt: {handle(r)}@gmx.de", lambda r: f"WhatsApp +86 {cn_mobile(r)}"],
    "fr": [lambda r: f"WhatsApp +33 6 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}", lambda r: f"Snap : {handle(r)}", lambda r: f"Telegram @{handle(r)}", lambda r: f"Contact WhatsApp +86 {cn_mobile(r)}"],
    "es": [lambda r: f"WhatsApp +34 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}", lambda r: f"Escríbeme por WhatsApp +52 55 {r.randint(1000, 9999)} {r.randint(1000, 9999)}", lambda r: f"Telegram @{handle(r)}"],
    "it": [lambda r: f"WhatsApp 3{r.randint(20, 49)} {r.randint(1000000, 9999999)}", lambda r: f"Telegram @{handle(r)}", lambda r: f"Contattami su WhatsApp +86 {cn_mobile(r)}"],
    "pt": [lambda r: f"Chama no Zap ({r.randint(11, 99)}) 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}", lambda r: f"WhatsApp +55 {r.randint(11, 99)} 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}", lambda r: f"Direct no Insta @{handle(r)}"],
    "ru": [lambda r: f"Пишите в Telegram @{handle(r)}", lambda r: f"WhatsApp +7 9{r.randint(10, 99)} {r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}", lambda r: f"ВК: vk.com/{handle(r)}", lambda r: f"Звоните +7 9{r.randint(10, 99)} {r.randint(1000000, 9999999)}"],
    "zh": [lambda r: f"加V：{handle(r)}", lambda r: f"微信：{handle(r)}", lambda r: f"vx {handle(r)}", lambda r: f"QQ {r.randint(10000000, 999999999)}", lambda r: f"联系微信{handle(r)}看实拍", lambda r: f"电话 {cn_mobile(r)}"],
    "ja": [lambda r: f"LINE ID: {handle(r)}", lambda r: f"連絡はLINEで {handle(r)}", lambda r: f"お問い合わせ {handle(r)}@yahoo.co.jp"],
    "pl": [lambda r: f"WhatsApp +48 {r.randint(500, 899)} {r.randint(100, 999)} {r.randint(100, 999)}", lambda r: f"Telegram @{handle(r)}", lambda r: f"Kontakt: {handle(r)}@wp.pl"],
    "tr": [lambda r: f"WhatsApp 05{r.randint(30, 59)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}", lambda r: f"DM Instagram @{handle(r)}", lambda r: f"Sipariş için WhatsApp +90 5{r.randint(30, 59)} {r.randint(100, 999)} {r.randint(1000, 9999)}"],
}

OFFICIAL_SELLER = {
    "en": ["{B} Official Store", "{B} Official Flagship Store", "Official {B} Outlet", "{b}_official", "{B} Authorized Store", "{B} Factory Outlet Official", "{B} Official Shop HK", "{b}-official-store"],
    "de": ["{B} Offizieller Shop", "{B} Official Store DE", "Offizieller {B} Outlet"], "fr": ["Boutique Officielle {B}", "{B} Officiel", "{B} Official Store FR"],
    "es": ["Tienda Oficial {B}", "{B} Oficial", "{B} Official Store MX"], "it": ["Store Ufficiale {B}", "{B} Ufficiale Outlet"],
    "pt": ["Loja Oficial {B}", "{B} Oficial Brasil", "{B} Store Oficial"], "ru": ["Официальный магазин {B}", "{B} Official Russia", "{B} официальный дилер"],
    "zh": ["{Z}官方旗舰店", "{Z}官方直营店", "{B}官方店"], "ja": ["{J}公式ストア", "{B}公式ショップ"], "pl": ["Oficjalny sklep {B}", "{B} Official PL"],
    "tr": ["{B} Resmi Mağaza", "{B} Türkiye Resmi Satıcı"],
}
OFFICIAL_TITLE = {
    "en": ["Official Store", "From Official Store", "Official Authorized", "[Official]", "Official Retail"], "de": ["Offizieller Store", "vom offiziellen Händler"],
    "fr": ["Boutique officielle", "revendeur officiel"], "es": ["Tienda oficial", "distribuidor oficial"], "it": ["Store ufficiale", "rivenditore ufficiale"],
    "pt": ["Loja oficial", "revendedor oficial"], "ru": ["официальный магазин", "официальный дилер"], "zh": ["官方旗舰店", "官方正品"], "ja": ["公式ストア", "正規店"],
    "pl": ["oficjalny sklep", "autoryzowany sprzedawca"], "tr": ["resmi mağaza", "yetkili satıcı"],
}

CF_SELLERS = {
    "en": ["Guangzhou Fashion Trading Co., Ltd.", "Shenzhen Huaqiang Digital Store", "TopWatchFactory", "bestbags2024", "luxury_outlet_888", "Putian Sports Shoes Store", "Yiwu Beauty Supply",
           "Global Deals 4U", "sneakerhub_us", "The Watch Guy", "Mia's Closet", "BrandHouse Outlet", "KK Digital Mall", "Hong Kong Luxe", "EliteTimepieces", "kicks.vault", "Daily Steals Co"],
    "de": ["Mode Outlet 24", "markenware_günstig", "TopShop Berlin", "Uhren Paradies", "sneaker-deals-de"], "fr": ["Luxe Outlet Paris", "bonnes_affaires_75", "Mode & Co", "Montres Discount"],
    "es": ["Outlet Lujo Madrid", "ofertas_top", "Tienda Moda MX", "Relojes Premium"], "it": ["Outlet Lusso Napoli", "occasioni_top", "Moda Italia Store"],
    "pt": ["Importados Premium", "Loja da Bia Importados", "Outlet Brás", "Grife Store BR"], "ru": ["Люкс Бутик", "Брендовые вещи СПб", "Магазин Мода", "ТопЧасы"],
    "zh": ["广州潮品店", "莆田鞋业", "深圳数码城", "奢品小铺", "工厂直销店"], "ja": ["ブランドショップ", "セレクトショップK", "海外直輸入"], "pl": ["Outlet Marek", "Moda Premium PL", "Zegarki Outlet"],
    "tr": ["Lüks Butik", "Markalı Ürünler", "Outlet Çanta"],
}
CF_PLATFORMS = {
    "en": [("dhgate.com", 12), ("aliexpress.com", 10), ("ebay.com", 12), ("amazon.com", 6), ("facebook.com", 10), ("instagram.com", 10), ("wish.com", 6), ("shop-domain", 12),
           ("yupoo.com", 4), ("t.me", 4), ("depop.com", 4), ("poshmark.com", 4), ("walmart.com", 3), ("etsy.com", 3)],
    "de": [("ebay.de", 40), ("kleinanzeigen.de", 30), ("shop-domain", 20), ("instagram.com", 10)], "fr": [("leboncoin.fr", 40), ("vinted.fr", 30), ("shop-domain", 20), ("instagram.com", 10)],
    "es": [("wallapop.com", 40), ("mercadolibre.com.mx", 40), ("shop-domain", 20)], "it": [("subito.it", 50), ("vinted.it", 30), ("shop-domain", 20)],
    "pt": [("mercadolivre.com.br", 40), ("olx.com.br", 25), ("shopee.com.br", 20), ("instagram.com", 15)], "ru": [("avito.ru", 50), ("vk.com", 25), ("wildberries.ru", 15), ("t.me", 10)],
    "zh": [("taobao.com", 35), ("weidian.com", 25), ("goofish.com", 20), ("pinduoduo.com", 10), ("yupoo.com", 10)], "ja": [("mercari.jp", 50), ("auctions.yahoo.co.jp", 30), ("shop-domain", 20)],
    "pl": [("allegro.pl", 35), ("olx.pl", 35), ("vinted.pl", 30)], "tr": [("trendyol.com", 30), ("sahibinden.com", 30), ("instagram.com", 25), ("n11.com", 15)],
}
FASHION_CATEGORIES = {"bags", "accessories", "shoes", "clothing", "jewellery", "watches", "fragrance", "sports"}
FASHION_WORDS = re.compile(r"dust ?bag|Staubbeutel|пыльник|防尘袋|保存袋|cards|Karten|cartes|tarjetas|card\b|cartões|карточки|Sizes run|hologram", re.I)
GENERIC_BRAND_FIELD = ["Generic", "Unbranded", "No Brand", "OEM", "Luxury", "Fashion", "Designer", "Does not apply"]


def cf_price_factor(rng: random.Random, usd: float) -> float:
    if usd >= 5000:
        return rng.uniform(0.004, 0.05)
    if usd >= 1000:
        return rng.uniform(0.01, 0.1)
    if usd >= 200:
        return rng.uniform(0.03, 0.18)
    if usd >= 50:
        return rng.uniform(0.06, 0.25)
    return rng.uniform(0.1, 0.3)


def pick_signals(rng: random.Random) -> list[str]:
    n = pick_weighted(rng, [(1, 28), (2, 42), (3, 23), (4, 7)])
    pool = [("cue", 44), ("price", 32), ("disguise", 30), ("contact", 11), ("official", 6)]
    chosen: list[str] = []
    while len(chosen) < n:
        s = pick_weighted(rng, [p for p in pool if p[0] not in chosen])
        chosen.append(s)
    if len(chosen) == 1 and chosen[0] in ("contact", "official") and rng.random() < 0.5:
        chosen.append(pick_weighted(rng, [("cue", 1), ("price", 1), ("disguise", 1)]))
    return chosen


def counterfeit(rng: random.Random) -> tuple[str, str, list[str], dict]:
    slug = pick_weighted(rng, list(BRAND_WEIGHTS.items()))
    b = BRANDS[slug]
    p = rng.choice([x for x in CATALOGUE + CF_EXTRA if x.brand == slug])
    lang = pick_weighted(rng, CF_LANGS)
    signals = pick_signals(rng)
    tags: list[str] = []

    # brand
    form = None
    if "disguise" in signals:
        form, shown = disguise(rng, b, lang)
        if form in ("misspell", "slang") and len(signals) == 1:
            signals.append(pick_weighted(rng, [("cue", 2), ("price", 2), ("contact", 1)]))
    else:
        shown = plain_brand(rng, b, lang)

    # cue
    cue = ""
    cue_in_desc = False
    inspired = False
    if "cue" in signals:
        if slug in FOOD:
            cue = rng.choice(FOOD_CUES[lang])
        elif rng.random() < (0.3 if p.kind in ("perfume", "lipstick", "foundation", "serum", "cream", "bag", "sneakers") else 0.08):
            cue = rng.choice(INSPIRED[lang]).replace("{B}", shown)
            inspired = True
        else:
            cue = rng.choice(CUES[lang])
        cue_in_desc = not inspired and rng.random() < 0.2

    slots = {
        "B": "" if inspired else shown, "M": p.model, "N": noun_for(rng, p, lang),
        "S": pick_specs(rng, p.specs, model=p.model, variants=rng.random() < 0.3), "C": "",
        "X": rng.choice(CF_SPAM[lang]) if rng.random() < 0.6 else "", "K": rng.choice(CF_CLAIMS[lang]) if rng.random() < 0.6 else "",
        "Y": rng.choice(["2024", "2025", ""]), "G": GENDER[rng.choice(["men", "women", "unisex"])][lang] if p.kind in GENDERED and rng.random() < 0.4 else "",
        "Z": "", "Q": "" if cue_in_desc else cue,
    }
    slots["C"] = color_for(rng, p, lang, slots["S"], 0.6)
    if slots["Q"] and slots["B"] and re.search(r"[A-Za-z0-9]$", slots["Q"]) and re.match(r"[A-Za-z0-9]", slots["B"]):
        slots["Q"] += " "  # "超A Pandora", not "超APandora"
    if p.nick and rng.random() < 0.5 and p.nick not in p.model:
        slots["M"] = f"{p.model} {p.nick}"
    if p.kind in SHOE_KINDS and rng.random() < 0.6:
        slots["Z"] = shoe_size(rng, lang)
    elif p.kind in SIZED_CLOTHES and "Size" not in slots["S"] and rng.random() < 0.5:
        slots["Z"] = cloth_size(rng, lang)
    template = rng.choice(CF_TEMPLATES[lang])
    if inspired and "{Q}" in template and template.index("{Q}") > template.index("{M}"):
        template = "{Q} " + template.replace("{Q}", "")
    title = render(template, slots)
    if form == "fullwidth" and rng.random() < 0.25:
        title = fullwidth(title)

    # description
    desc_parts = []
    if rng.random() < 0.55 or cue_in_desc:
        neutral = CF_NEUTRAL[lang] if p.category in FASHION_CATEGORIES else [x for x in CF_NEUTRAL[lang] if not FASHION_WORDS.search(x)]
        desc_parts = rng.sample(neutral, min(len(neutral), rng.choice([1, 2])))
    if cue_in_desc:
        desc_parts.insert(rng.randint(0, len(desc_parts)), rng.choice(CUE_SENTENCES[lang]))
        tags.append("cue-desc")
    elif "cue" in signals:
        tags.append("inspired" if inspired else "cue")
        if rng.random() < 0.2:
            desc_parts.append(rng.choice(CUE_SENTENCES[lang]))

    # contact
    if "contact" in signals:
        contact = rng.choice(CONTACT[lang])(rng)
        if rng.random() < 0.35:
            title = f"{title} {contact}" if rng.random() < 0.7 else f"【{contact}】{title}" if lang == "zh" else f"{contact} | {title}"
        else:
            desc_parts.append(contact)
        tags.append("contact")

    # seller
    if "official" in signals:
        seller = rng.choice(OFFICIAL_SELLER[lang]).format(B=b.name, b=b.name.lower().replace(" ", "").replace("è", "e").replace("é", "e").replace("&", "n").replace("'", ""), Z=b.zh, J=b.ja)
        if rng.random() < 0.4:
            claim = rng.choice(OFFICIAL_TITLE[lang])
            title = f"{claim} {title}" if rng.random() < 0.5 else f"{title} - {claim}"
        tags.append("official")
    else:
        seller = rng.choice(CF_SELLERS[lang]) if rng.random() < 0.7 else private_seller(rng, lang)

    # price
    price = None
    if "price" in signals:
        usd = p.new[0] * cf_price_factor(rng, p.new[0])
        if slug in FOOD and rng.random() < 0.4:
            usd = max(usd, 0.3)
        price = make_price(rng, usd, lang, "retail")
        tags.append("price")
    elif "cue" not in signals and rng.random() < 0.55:
        # Sold as the real thing: priced like a discounted genuine item.
        usd = rng.uniform(p.new[0] * 0.45, p.new[0] * 0.95)
        price = make_price(rng, usd, lang, "retail")

    if form:
        tags.append(form)

    brand_field = None
    if form:
        r = rng.random()
        brand_field = None if r < 0.45 else rng.choice(GENERIC_BRAND_FIELD) if r < 0.85 else shown
    else:
        r = rng.random()
        brand_field = b.name if r < 0.45 else None if r < 0.8 else rng.choice(GENERIC_BRAND_FIELD)

    platform = pick_weighted(rng, CF_PLATFORMS[lang])
    title = clean(title)
    out = listing(title, description=" ".join(desc_parts) or None, price=price, brand=brand_field, seller=seller if rng.random() < 0.85 or "official" in signals else None,
                  url=PLATFORM_URL[platform](rng, title) if rng.random() < 0.75 else None, category=cat_name(rng, p.category, lang))
    order = ["cue", "cue-desc", "inspired", "price", "homoglyph", "fullwidth", "math", "enclosed", "zerowidth", "spaced", "dotted", "masked", "leet", "misspell", "slang", "contact", "official"]
    tags = sorted(set(tags), key=order.index)
    return slug, lang, tags, out


# ---------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------

HONEST_LANGS = [("en", 45), ("de", 8), ("fr", 7), ("es", 7), ("it", 5), ("pt", 6), ("ru", 5), ("zh", 6), ("ja", 4), ("pl", 4), ("tr", 3)]
HONEST_QUOTAS = [
    (honest_branded, 640), (honest_generic, 330), (honest_accessory, 170), (honest_brand_word, 120), (honest_risky, 110),
    (honest_classified, 90), (honest_multipack, 70), (honest_refurbished, 60), (honest_book, 60),
]
MAX_TRIES = 400


def title_key(title: str) -> str:
    return re.sub(r"\s+", " ", title.casefold()).strip()


def build_honest(rng: random.Random, seen: set[str]) -> list[tuple[str, str, dict]]:
    rows: list[tuple[str, str, dict]] = []
    for builder, count in HONEST_QUOTAS:
        made = 0
        for _ in range(count * MAX_TRIES):
            if made == count:
                break
            lang = pick_weighted(rng, HONEST_LANGS)
            out = builder(rng, lang)
            cls, item = out[0], out[1]
            lang = out[2] if len(out) > 2 else lang
            key = title_key(item["title"])
            if key in seen:
                continue
            seen.add(key)
            rows.append((cls, lang, item))
            made += 1
        if made < count:
            raise SystemExit(f"{builder.__name__}: only {made} distinct titles of {count}")
    rng.shuffle(rows)
    return rows


def build_counterfeit(rng: random.Random, seen: set[str]) -> list[tuple[str, str, list[str], dict]]:
    rows = []
    for _ in range(COUNTERFEIT_TOTAL * MAX_TRIES):
        if len(rows) == COUNTERFEIT_TOTAL:
            break
        slug, lang, tags, item = counterfeit(rng)
        key = title_key(item["title"])
        if key in seen:
            continue
        seen.add(key)
        rows.append((slug, lang, tags, item))
    return rows


def with_id(ident: str, item: dict) -> dict:
    return {"id": ident, **item}


def generate() -> tuple[list[dict], list[dict]]:
    rng = random.Random(SEED)
    seen: set[str] = set()
    honest = [with_id(f"h-{i:05d}/{cls}/{lang}", item) for i, (cls, lang, item) in enumerate(build_honest(rng, seen), 1)]
    counterfeit_rows = build_counterfeit(rng, seen)
    counterfeit_ = [with_id(f"c-{i:05d}/{slug}/{lang}/{'+'.join(tags)}", item) for i, (slug, lang, tags, item) in enumerate(counterfeit_rows, 1)]
    return honest, counterfeit_


def dump(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False, separators=(", ", ": ")) + "\n" for row in rows)


def summary(honest: list[dict], counterfeit_: list[dict]) -> str:
    lines = [f"honest.jsonl: {len(honest)} listings"]
    h_cls = Counter(r["id"].split("/")[1] for r in honest)
    h_lang = Counter(r["id"].split("/")[2] for r in honest)
    lines.append("  classes:   " + ", ".join(f"{k} {v}" for k, v in h_cls.most_common()))
    lines.append("  languages: " + ", ".join(f"{k} {v}" for k, v in h_lang.most_common()))
    lines.append("  with price: %d, description: %d, seller: %d, url: %d" % tuple(sum(1 for r in honest if k in r) for k in ("price", "description", "seller", "url")))
    lines.append(f"counterfeit.jsonl: {len(counterfeit_)} listings")
    c_brand = Counter(r["id"].split("/")[1] for r in counterfeit_)
    c_lang = Counter(r["id"].split("/")[2] for r in counterfeit_)
    c_sig = Counter(t for r in counterfeit_ for t in r["id"].split("/")[3].split("+"))
    c_n = Counter(len(r["id"].split("/")[3].split("+")) for r in counterfeit_)
    lines.append(f"  brands ({len(c_brand)}): " + ", ".join(f"{k} {v}" for k, v in c_brand.most_common()))
    lines.append("  languages: " + ", ".join(f"{k} {v}" for k, v in c_lang.most_common()))
    lines.append("  signals:   " + ", ".join(f"{k} {v}" for k, v in c_sig.most_common()))
    lines.append("  signals per listing: " + ", ".join(f"{k}: {v}" for k, v in sorted(c_n.items())))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests" / "corpora"))
    parser.add_argument("--check", action="store_true", help="regenerate in memory and fail if the files on disk differ")
    args = parser.parse_args()
    honest, counterfeit_ = generate()
    out = Path(args.out)
    files = {out / "honest.jsonl": dump(honest), out / "counterfeit.jsonl": dump(counterfeit_)}
    if args.check:
        stale = [str(path) for path, text in files.items() if not path.exists() or path.read_text(encoding="utf-8") != text]
        if stale:
            print("out of date (run scripts/gen-corpora.py): " + ", ".join(stale), file=sys.stderr)
            return 1
        print("corpora are up to date")
        return 0
    out.mkdir(parents=True, exist_ok=True)
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    print(summary(honest, counterfeit_))
    return 0


if __name__ == "__main__":
    sys.exit(main())
