"""Precision/recall/F1 of the extractor on the hand-annotated evaluation articles.

``tests/eval/gold.csv`` holds 3,372 articles.  Each gold was written by someone
who did not see the extractor (01-10 before the rules were written; 11-3372
by helpers working blind), and each set was scored once before any rule was
tuned on it.  ``split`` records the set; the history matters more than the
name:

==========  =========  =====================================  ==================
split       articles   tuned on?                              F1 at first sight
==========  =========  =====================================  ==================
dev         01-09 odd  from the start                         --
test        02-10 even only to fix regressions, late          0.807
holdout     11-20      yes, after its first measurement       0.42 (11-20)
blind2      21-30      yes, after its first measurement       0.552
blind3      31-42      yes, after its first measurement       0.567
blind4      43-52      yes, after its first measurement       0.483
blind5      53-62      yes, after its first measurement       0.528
blind6      63-72      yes, in session 3 (0.54 until then)    0.541
blind7      73-82      yes, after its first measurement       0.514
blind8      83-92      never: the honest figure for new text  0.500
blind9      93-102     never: the honest figure for new text  0.435
blind10     103-112    yes, after its first measurement       0.548
blind11     113-122    yes, after its first measurement       0.421
blind12     123-132    yes, after its first measurement       0.595
blind13     133-142    never: the honest figure for new text  0.534
blind14     143-152    yes, in session 4 (foreign policy)     0.440
blind15     153-162    never: the honest figure for new text  0.538
blind16     163-172    yes, in session 4 (business, science)  0.528
blind17     173-182    yes, after its first measurement       0.615
blind18     183-192    never: the honest figure for new text  0.647
blind19     193-202    never: the honest figure for new text  0.650
blind20     203-212    never: the honest figure for new text  0.547
blind21     213-222    yes, in session 5 (local, health)      0.529
blind22     223-232    never: written in session 5, sealed    0.640
blind23     233-242    yes, in session 5 (courts, business)   0.409
blind24     243-252    never: written in session 5, sealed    0.565
blind25     253-262    yes, in session 6 (local news)         0.634
blind26     263-272    yes, in session 6 (business, energy)   0.682
blind27     273-282    never: written in session 6, sealed    0.576
blind28     283-292    never: written in session 6, sealed    0.543
blind29     293-302    yes, in session 6 (national politics)  0.659
blind30     303-312    yes, in session 6 (health, education)  0.582
blind31     313-322    never: written in session 6, sealed    0.593
blind32     323-332    never: written in session 6, sealed    0.556
blind33     333-342    never: written in session 7, sealed    0.624
blind34     343-352    never: written in session 7, sealed    0.690
blind35     353-362    never: written in session 7, sealed    0.699
blind36     363-372    never: written in session 7, sealed    0.764
blind37     373-382    yes, in session 10 (8: sealed)         0.675
blind38     383-392    yes, in session 10 (8: sealed)         0.741
blind39     393-402    yes, in session 10 (8: sealed)         0.653
blind40     403-412    yes, in session 10 (8: sealed)         0.582
blind41     413-422    yes, in session 11 (10: sealed)        0.777
blind42     423-432    yes, in session 11 (10: sealed)        0.679
blind43     433-442    yes, in session 11 (10: sealed)        0.690
blind44     443-452    yes, in session 11 (10: sealed)        0.809
blind45     453-462    yes, in session 12 (11: sealed)        0.701
blind46     463-472    yes, in session 12 (11: sealed)        0.825
blind47     473-482    yes, in session 12 (11: sealed)        0.686
blind48     483-492    yes, in session 12 (11: sealed)        0.696
blind49     493-502    yes, in session 13 (12: sealed)        0.701
blind50     503-512    yes, in session 13 (12: sealed)        0.544
blind51     513-522    yes, in session 13 (12: sealed)        0.631
blind52     523-532    yes, in session 13 (12: sealed)        0.662
blind53     533-542    yes, in session 14 (13: sealed)        0.782
blind54     543-552    yes, in session 14 (13: sealed)        0.805
blind55     553-562    yes, in session 14 (13: sealed)        0.689
blind56     563-572    yes, in session 14 (13: sealed)        0.712
blind57     573-582    yes, in session 15 (14: sealed)        0.676
blind58     583-592    yes, in session 15 (14: sealed)        0.762
blind59     593-602    yes, in session 15 (14: sealed)        0.721
blind60     603-612    yes, in session 15 (14: sealed)        0.659
blind61     613-622    yes, in session 16 (15: sealed)        0.671
blind62     623-632    yes, in session 16 (15: sealed)        0.576
blind63     633-642    yes, in session 16 (15: sealed)        0.718
blind64     643-652    yes, in session 16 (15: sealed)        0.611
blind65     653-662    yes, in session 17 (16: sealed)        0.655
blind66     663-672    yes, in session 17 (16: sealed)        0.720
blind67     673-682    yes, in session 17 (16: sealed)        0.739
blind68     683-692    yes, in session 17 (16: sealed)        0.595
blind69     693-702    yes, in session 18 (17: sealed)        0.632
blind70     703-712    yes, in session 18 (17: sealed)        0.645
blind71     713-722    yes, in session 18 (17: sealed)        0.632
blind72     723-732    yes, in session 18 (17: sealed)        0.684
blind73     733-742    yes, in session 19 (18: sealed)        0.580
blind74     743-752    yes, in session 19 (18: sealed)        0.689
blind75     753-762    yes, in session 19 (18: sealed)        0.671
blind76     763-772    yes, in session 19 (18: sealed)        0.745
blind77     773-782    yes, in session 19 (18: sealed)        0.646*
blind78     783-792    yes, in session 19 (18: sealed)        0.658*
blind79     793-802    yes, in session 19 (18: sealed)        0.648*
blind80     803-812    yes, in session 19 (18: sealed)        0.628*
blind81     813-822    yes, in session 20 (19: sealed)        0.570
blind82     823-832    yes, in session 20 (19: sealed)        0.634
blind83     833-842    yes, in session 20 (19: sealed)        0.671
blind84     843-852    yes, in session 20 (19: sealed)        0.658
blind85     853-862    yes, in session 20 (19: sealed)        0.707
blind86     863-872    yes, in session 20 (19: sealed)        0.662
blind87     873-882    yes, in session 20 (19: sealed)        0.718
blind88     883-892    yes, in session 20 (19: sealed)        0.623
blind89     893-902    yes, in session 21 (20: sealed)        0.601
blind90     903-912    yes, in session 21 (20: sealed)        0.753
blind91     913-922    yes, in session 21 (20: sealed)        0.711
blind92     923-932    yes, in session 21 (20: sealed)        0.620
blind93     933-942    yes, in session 21 (20: sealed)        0.725
blind94     943-952    yes, in session 21 (20: sealed)        0.689
blind95     953-962    yes, in session 21 (20: sealed)        0.685
blind96     963-972    yes, in session 21 (20: sealed)        0.569
blind97     973-982    yes, in session 22 (21: sealed)        0.733
blind98     983-992    yes, in session 22 (21: sealed)        0.724
blind99     993-1002   yes, in session 22 (21: sealed)        0.714
blind100    1003-1012  yes, in session 22 (21: sealed)        0.680
blind101    1013-1022  yes, in session 22 (21: sealed)        0.689
blind102    1023-1032  yes, in session 22 (21: sealed)        0.720
blind103    1033-1042  yes, in session 22 (21: sealed)        0.689
blind104    1043-1052  yes, in session 22 (21: sealed)        0.737
blind105    1053-1062  yes, in session 23 (22: sealed)        0.768
blind106    1063-1072  yes, in session 23 (22: sealed)        0.693
blind107    1073-1082  yes, in session 23 (22: sealed)        0.653
blind108    1083-1092  yes, in session 23 (22: sealed)        0.750
blind109    1093-1102  yes, in session 23 (22: sealed)        0.675
blind110    1103-1112  yes, in session 23 (22: sealed)        0.696
blind111    1113-1122  yes, in session 23 (22: sealed)        0.657
blind112    1123-1132  yes, in session 23 (22: sealed)        0.679
blind113    1133-1142  yes, in session 24 (23: sealed)        0.629
blind114    1143-1152  yes, in session 24 (23: sealed)        0.817
blind115    1153-1162  yes, in session 24 (23: sealed)        0.740
blind116    1163-1172  yes, in session 24 (23: sealed)        0.737
blind117    1173-1182  yes, in session 24 (23: sealed)        0.689
blind118    1183-1192  yes, in session 24 (23: sealed)        0.731
blind119    1193-1202  yes, in session 24 (23: sealed)        0.776
blind120    1203-1212  yes, in session 24 (23: sealed)        0.810
blind121    1213-1222  yes, in session 25 (24: sealed)        0.788
blind122    1223-1232  yes, in session 25 (24: sealed)        0.656
blind123    1233-1242  yes, in session 25 (24: sealed)        0.814
blind124    1243-1252  yes, in session 25 (24: sealed)        0.735
blind125    1253-1262  yes, in session 25 (24: sealed)        0.693
blind126    1263-1272  yes, in session 25 (24: sealed)        0.706
blind127    1273-1282  yes, in session 25 (24: sealed)        0.744
blind128    1283-1292  yes, in session 25 (24: sealed)        0.690
blind129    1293-1302  yes, in session 26 (25: sealed)        0.762
blind130    1303-1312  yes, in session 26 (25: sealed)        0.760
blind131    1313-1322  yes, in session 26 (25: sealed)        0.687
blind132    1323-1332  yes, in session 26 (25: sealed)        0.740
blind133    1333-1342  yes, in session 26 (25: sealed)        0.678
blind134    1343-1352  yes, in session 26 (25: sealed)        0.745
blind135    1353-1362  yes, in session 26 (25: sealed)        0.791
blind136    1363-1372  yes, in session 26 (25: sealed)        0.778
blind137    1373-1382  yes, in session 27 (26: sealed)        0.802
blind138    1383-1392  yes, in session 27 (26: sealed)        0.785
blind139    1393-1402  yes, in session 27 (26: sealed)        0.727
blind140    1403-1412  yes, in session 27 (26: sealed)        0.733
blind141    1413-1422  yes, in session 27 (26: sealed)        0.776
blind142    1423-1432  yes, in session 27 (26: sealed)        0.651
blind143    1433-1442  yes, in session 27 (26: sealed)        0.694
blind144    1443-1452  yes, in session 27 (26: sealed)        0.748
blind145    1453-1462  yes, in session 28 (27: sealed)        0.771
blind146    1463-1472  yes, in session 28 (27: sealed)        0.724
blind147    1473-1482  yes, in session 28 (27: sealed)        0.771
blind148    1483-1492  yes, in session 28 (27: sealed)        0.610
blind149    1493-1502  yes, in session 28 (27: sealed)        0.759
blind150    1503-1512  yes, in session 28 (27: sealed)        0.826
blind151    1513-1522  yes, in session 28 (27: sealed)        0.798
blind152    1523-1532  yes, in session 28 (27: sealed)        0.702
blind153    1533-1542  yes, in session 29 (28: sealed)        0.805
blind154    1543-1552  yes, in session 29 (28: sealed)        0.733
blind155    1553-1562  yes, in session 29 (28: sealed)        0.744
blind156    1563-1572  yes, in session 29 (28: sealed)        0.790
blind157    1573-1582  yes, in session 29 (28: sealed)        0.659
blind158    1583-1592  yes, in session 29 (28: sealed)        0.703
blind159    1593-1602  yes, in session 29 (28: sealed)        0.736
blind160    1603-1612  yes, in session 29 (28: sealed)        0.823
blind161    1613-1622  yes, in session 30 (29: sealed)        0.675
blind162    1623-1632  yes, in session 30 (29: sealed)        0.795
blind163    1633-1642  yes, in session 30 (29: sealed)        0.769
blind164    1643-1652  yes, in session 30 (29: sealed)        0.767
blind165    1653-1662  yes, in session 30 (29: sealed)        0.875
blind166    1663-1672  yes, in session 30 (29: sealed)        0.805
blind167    1673-1682  yes, in session 30 (29: sealed)        0.795
blind168    1683-1692  yes, in session 30 (29: sealed)        0.764
blind169    1693-1702  yes, in session 30 (29: sealed)        0.776
blind170    1703-1712  yes, in session 30 (29: sealed)        0.807
blind171    1713-1722  yes, in session 30 (29: sealed)        0.761
blind172    1723-1732  yes, in session 30 (29: sealed)        0.790
blind173    1733-1742  yes, in session 30 (29: sealed)        0.859
blind174    1743-1752  yes, in session 30 (29: sealed)        0.800
blind175    1753-1762  yes, in session 30 (29: sealed)        0.792
blind176    1763-1772  yes, in session 30 (29: sealed)        0.748
blind177    1773-1782  yes, in session 31 (29-30: sealed)     0.757
blind178    1783-1792  yes, in session 31 (29-30: sealed)     0.709
blind179    1793-1802  yes, in session 31 (29-30: sealed)     0.843
blind180    1803-1812  yes, in session 31 (29-30: sealed)     0.745
blind181    1813-1822  yes, in session 31 (29-30: sealed)     0.756
blind182    1823-1832  yes, in session 31 (29-30: sealed)     0.650
blind183    1833-1842  yes, in session 31 (29-30: sealed)     0.732
blind184    1843-1852  yes, in session 31 (29-30: sealed)     0.833
blind185    1853-1862  yes, in session 32 (30-31: sealed)     0.846
blind186    1863-1872  yes, in session 32 (30-31: sealed)     0.800
blind187    1873-1882  yes, in session 32 (30-31: sealed)     0.735
blind188    1883-1892  yes, in session 32 (30-31: sealed)     0.817
blind189    1893-1902  yes, in session 32 (30-31: sealed)     0.733
blind190    1903-1912  yes, in session 32 (30-31: sealed)     0.663
blind191    1913-1922  yes, in session 32 (30-31: sealed)     0.723
blind192    1923-1932  yes, in session 32 (30-31: sealed)     0.805
blind193    1933-1942  yes, in session 33 (31-32: sealed)     0.830
blind194    1943-1952  yes, in session 33 (31-32: sealed)     0.782
blind195    1953-1962  yes, in session 33 (31-32: sealed)     0.704
blind196    1963-1972  yes, in session 33 (31-32: sealed)     0.697
blind197    1973-1982  yes, in session 33 (31-32: sealed)     0.790
blind198    1983-1992  yes, in session 33 (31-32: sealed)     0.735
blind199    1993-2002  yes, in session 33 (31-32: sealed)     0.690
blind200    2003-2012  yes, in session 33 (31-32: sealed)     0.790
blind201    2013-2022  never: written in session 32, sealed   0.815
blind202    2023-2032  never: written in session 32, sealed   0.807
blind203    2033-2042  never: written in session 32, sealed   0.740
blind204    2043-2052  never: written in session 32, sealed   0.789
blind205    2053-2062  never: written in session 32, sealed   0.834
blind206    2063-2072  never: written in session 32, sealed   0.795
blind207    2073-2082  never: written in session 32, sealed   0.793
blind208    2083-2092  never: written in session 32, sealed   0.741
blind209    2093-2102  yes: written in session 32 to tune on  0.813
blind210    2103-2112  yes: written in session 32 to tune on  0.769
blind211    2113-2122  yes: written in session 32 to tune on  0.812
blind212    2123-2132  yes: written in session 32 to tune on  0.751
blind213    2133-2142  yes: written in session 32 to tune on  0.887
blind214    2143-2152  yes: written in session 32 to tune on  0.787
blind215    2153-2162  yes: written in session 32 to tune on  0.877
blind216    2163-2172  yes: written in session 32 to tune on  0.759
blind217    2173-2182  yes: written in session 32 to tune on  0.714
blind218    2183-2192  yes: written in session 32 to tune on  0.646
blind219    2193-2202  yes: written in session 32 to tune on  0.807
blind220    2203-2212  yes: written in session 32 to tune on  0.810
blind221    2213-2222  yes: written in session 32 to tune on  0.727
blind222    2223-2232  yes: written in session 32 to tune on  0.768
blind223    2233-2242  yes: written in session 32 to tune on  0.840
blind224    2243-2252  yes: written in session 32 to tune on  0.709
blind225    2253-2262  yes, in session 34 (33: sealed)        0.697
blind226    2263-2272  yes, in session 34 (33: sealed)        0.871
blind227    2273-2282  yes, in session 34 (33: sealed)        0.731
blind228    2283-2292  yes, in session 34 (33: sealed)        0.791
blind229    2293-2302  yes, in session 34 (33: sealed)        0.761
blind230    2303-2312  yes, in session 34 (33: sealed)        0.765
blind231    2313-2322  yes, in session 34 (33: sealed)        0.828
blind232    2323-2332  yes, in session 34 (33: sealed)        0.838
blind233    2333-2342  yes: written in session 33 to tune on  0.758
blind234    2343-2352  yes: written in session 33 to tune on  0.752
blind235    2353-2362  yes: written in session 33 to tune on  0.809
blind236    2363-2372  yes: written in session 33 to tune on  0.738
blind237    2373-2382  yes: written in session 33 to tune on  0.804
blind238    2383-2392  yes: written in session 33 to tune on  0.706
blind239    2393-2402  yes: written in session 33 to tune on  0.827
blind240    2403-2412  yes: written in session 33 to tune on  0.783
blind241    2413-2422  yes, in session 36 (33-35: sealed)     0.740
blind242    2423-2432  yes, in session 36 (33-35: sealed)     0.804
blind243    2433-2442  yes, in session 36 (33-35: sealed)     0.857
blind244    2443-2452  yes, in session 36 (33-35: sealed)     0.700
blind245    2453-2462  yes, in session 36 (33-35: sealed)     0.830
blind246    2463-2472  yes, in session 36 (33-35: sealed)     0.800
blind247    2473-2482  yes, in session 36 (33-35: sealed)     0.758
blind248    2483-2492  yes, in session 36 (33-35: sealed)     0.832
blind249    2493-2502  yes, in session 34 (33: sealed)        0.824
blind250    2503-2512  yes, in session 34 (33: sealed)        0.757
blind251    2513-2522  yes, in session 34 (33: sealed)        0.833
blind252    2523-2532  yes, in session 34 (33: sealed)        0.814
blind253    2533-2542  yes, in session 34 (33: sealed)        0.704
blind254    2543-2552  yes, in session 34 (33: sealed)        0.831
blind255    2553-2562  yes, in session 34 (33: sealed)        0.847
blind256    2563-2572  yes, in session 34 (33: sealed)        0.762
blind257    2573-2582  yes, in session 36 (34-35: sealed)     0.838
blind258    2583-2592  yes, in session 36 (34-35: sealed)     0.811
blind259    2593-2602  yes, in session 36 (34-35: sealed)     0.813
blind260    2603-2612  yes, in session 36 (34-35: sealed)     0.722
blind261    2613-2622  yes, in session 36 (34-35: sealed)     0.876
blind262    2623-2632  yes, in session 36 (34-35: sealed)     0.796
blind263    2633-2642  yes, in session 36 (34-35: sealed)     0.783
blind264    2643-2652  yes, in session 36 (34-35: sealed)     0.779
blind265    2653-2662  yes, in session 36 (35: sealed)        0.850
blind266    2663-2672  yes, in session 36 (35: sealed)        0.814
blind267    2673-2682  yes, in session 36 (35: sealed)        0.862
blind268    2683-2692  yes, in session 36 (35: sealed)        0.847
blind269    2693-2702  yes, in session 36 (35: sealed)        0.767
blind270    2703-2712  yes, in session 36 (35: sealed)        0.749
blind271    2713-2722  yes, in session 36 (35: sealed)        0.881
blind272    2723-2732  yes, in session 36 (35: sealed)        0.826
blind273    2733-2742  never: written at session 36's start    0.767
blind274    2743-2752  never: written at session 36's start    0.829
blind275    2753-2762  never: written at session 36's start    0.727
blind276    2763-2772  never: written at session 36's start    0.726
blind277    2773-2782  never: written at session 36's start    0.778
blind278    2783-2792  never: written at session 36's start    0.877
blind279    2793-2802  never: written at session 36's start    0.757
blind280    2803-2812  never: written at session 36's start    0.855
blind281    2813-2822  yes, in session 37 (new at its start)   0.730
blind282    2823-2832  yes, in session 37 (new at its start)   0.807
blind283    2833-2842  yes, in session 37 (new at its start)   0.811
blind284    2843-2852  yes, in session 37 (new at its start)   0.790
blind285    2853-2862  yes, in session 37 (new at its start)   0.742
blind286    2863-2872  yes, in session 37 (new at its start)   0.781
blind287    2873-2882  yes, in session 37 (new at its start)   0.800
blind288    2883-2892  yes, in session 37 (new at its start)   0.763
blind289    2893-2902  yes, in session 38 (new at its start)   0.818
blind290    2903-2912  yes, in session 38 (new at its start)   0.854
blind291    2913-2922  yes, in session 38 (new at its start)   0.820
blind292    2923-2932  yes, in session 38 (new at its start)   0.854
blind293    2933-2942  yes, in session 38 (new at its start)   0.788
blind294    2943-2952  yes, in session 38 (new at its start)   0.809
blind295    2953-2962  yes, in session 38 (new at its start)   0.763
blind296    2963-2972  yes, in session 38 (new at its start)   0.837
blind297    2973-2982  yes, in session 39 (new at its start)   0.862
blind298    2983-2992  yes, in session 39 (new at its start)   0.830
blind299    2993-3002  yes, in session 39 (new at its start)   0.841
blind300    3003-3012  yes, in session 39 (new at its start)   0.821
blind301    3013-3022  yes, in session 39 (new at its start)   0.912
blind302    3023-3032  yes, in session 39 (new at its start)   0.813
blind303    3033-3042  yes, in session 39 (new at its start)   0.793
blind304    3043-3052  yes, in session 39 (new at its start)   0.852
blind305    3053-3062  yes, in session 40 (new at its start)   0.701
blind306    3063-3072  yes, in session 40 (new at its start)   0.723
blind307    3073-3082  yes, in session 40 (new at its start)   0.840
blind308    3083-3092  yes, in session 40 (new at its start)   0.880
blind309    3093-3102  yes, in session 40 (new at its start)   0.755
blind310    3103-3112  yes, in session 40 (new at its start)   0.894
blind311    3113-3122  yes, in session 40 (new at its start)   0.787
blind312    3123-3132  yes, in session 40 (new at its start)   0.833
blind313    3133-3142  yes, in session 41 (new at its start)   0.818
blind314    3143-3152  yes, in session 41 (new at its start)   0.808
blind315    3153-3162  yes, in session 41 (new at its start)   0.814
blind316    3163-3172  yes, in session 41 (new at its start)   0.875
blind317    3173-3182  yes, in session 41 (new at its start)   0.851
blind318    3183-3192  yes, in session 41 (new at its start)   0.871
blind319    3193-3202  yes, in session 41 (new at its start)   0.690
blind320    3203-3212  yes, in session 41 (new at its start)   0.832
blind321    3213-3222  yes, in session 42 (new at its start)   0.840
blind322    3223-3232  yes, in session 42 (new at its start)   0.802
blind323    3233-3242  yes, in session 42 (new at its start)   0.759
blind324    3243-3252  yes, in session 42 (new at its start)   0.800
blind325    3253-3262  yes, in session 42 (new at its start)   0.750
blind326    3263-3272  yes, in session 42 (new at its start)   0.783
blind327    3273-3282  yes, in session 42 (new at its start)   0.894
blind328    3283-3292  yes, in session 42 (new at its start)   0.897
blind329    3293-3302  yes, in session 43 (new at its start)   0.778
blind330    3303-3312  yes, in session 43 (new at its start)   0.804
blind331    3313-3322  yes, in session 43 (new at its start)   0.856
blind332    3323-3332  yes, in session 43 (new at its start)   0.814
blind333    3333-3342  yes, in session 43 (new at its start)   0.822
blind334    3343-3352  yes, in session 43 (new at its start)   0.893
blind335    3353-3362  yes, in session 43 (new at its start)   0.821
blind336    3363-3372  yes, in session 43 (new at its start)   0.845
==========  =========  =====================================  ==================

blind161-168 were scored twice in session 29 (at its start and, at 12:50, after its first rules: see below), then
tuned on with blind169-176 in session 30.  blind177-184 were scored at session 29's start and end and once more at
session 30's end (errors never opened), then tuned on in session 31.

The never-tuned splits are listed in ``tests/eval/never_tuned.list``; the
learned stance model (``scripts/train_stance_model.py``) is trained only on
the other splits, so they stay honest for it too.

blind7-13 were written in session 3 as "realistic wire-style" articles.
blind7-9 were measured once (all 30, aggregate only) before any rule of that
session; blind10-13 later in it, each once with the rules of that moment.
blind14-16 were written at the start of session 4 and measured together with
the rules of session 3; blind17-18 in the middle of session 4, with its rules
up to then (the session-3 rules gave them 0.611 and 0.598).

End of session 4, topic given: all 70 never-tuned articles 0.610; the 50 of
blind8, 9, 13, 15, 18 0.614 (0.620 on the 30 of session 3, which ended at
0.592; blind15 0.538 -> 0.578; blind18 0.636); tuned 0.772; 02-10 even 0.933.
blind19-20 were written at the end of session 4 and scored once with its
final rules: 0.601 (the session-3 rules: 0.569).

Session 5 (first-sight figures above are with the session-4 rules): blind21
and blind23 were tuned on; blind22 and blind24 were written at its start,
sealed, and scored once with its final rules: 0.651 and 0.617 (0.640 and
0.565 with the session-4 rules), 0.634 together (0.602). End of session 5:
all 90 never-tuned articles 0.632 (0.608 with the session-4 rules); the 70 of
earlier sessions 0.632 (0.610); tuned 0.767 (blind21 0.529 -> 0.721, blind23
0.409 -> 0.517); 02-10 even 0.951.

Session 6 (first-sight figures above are with the session-5 rules): blind25,
26, 29 and 30 were tuned on (0.634 -> 0.819, 0.682 -> 0.761, 0.659 -> 0.793,
0.582 -> 0.687); blind27, 28, 31 and 32 were written at its start, sealed, and
scored once with its final rules: 0.580, 0.540, 0.600, 0.560 -- 0.570 together
(0.567 with the session-5 rules). The 90 never-tuned articles of earlier
sessions went from 0.632 to 0.646 (not opened). End of session 6: all 130
never-tuned articles 0.621 (P 0.652, R 0.592); tuned 0.774; 02-10 even 0.967.
Rule work has now lifted unseen text by 0.00-0.03 per session while lifting
the sets it was tuned on by 0.1-0.2: the rules have reached what rules give.

Session 7 added a learned guess for speakers the rules heard but could not
place (stancetrack/learned.py; trained on the tuned splits only, its
precision chosen by cross-validation by article on them: 0.46 of its kept
guesses right).  The 130 never-tuned articles of earlier sessions went from
0.621 to 0.638 (P 0.646, R 0.630).  blind33-36 were written at the start of
session 7 by helpers who never saw the extractor, sealed, and scored once at
its end: 0.708 together (P 0.732, R 0.686; per set 0.636, 0.708, 0.733,
0.766), against 0.691 with the session-6 rules -- so the learned guess lifts
new text by about 0.02, as it did the older never-tuned sets.  These four
sets score higher than earlier blind sets did at first sight (0.55-0.68):
their writers kept more to explicit attributions.  After that scoring, fixes
from a new user's walkthrough article and masking the topic's own words for
the learned guess (better in cross-validation on the tuned articles) took
all 170 never-tuned articles from 0.652 to 0.656.  End of session 7: all 170
never-tuned 0.656 (P 0.664, R 0.648; 0.652 with the topic guessed); tuned
0.799; 02-10 even 0.935 (the learned guess adds two proposals there that the
gold does not have).

Session 8 changed no extraction rule (one speed-up with the same output on
every evaluation article).  blind37-40 were written at its start by four
helpers who never saw the extractor (local politics; health and education;
foreign policy and trade; regulation, energy and technology), sealed, and
scored once: 0.663 together (P 0.667, R 0.660; per set 0.675, 0.741, 0.653,
0.582) -- in line with the 0.656 of the 170 never-tuned articles before them,
so that figure holds for new text.  Fixes from a new user's walkthrough
article came after that scoring ("…, but on Wednesday she said"; "early
March"; "since late October" is no statement date).  End of session 8: all
210 never-tuned articles 0.658 (P 0.665, R 0.650; 0.655 with the topic
guessed); tuned 0.799; 02-10 even 0.935.

Session 9 wrote no sealed set.  Its rule changes came from two new users' own articles (a journalist's
and a researcher's, never added here) and were checked on the tuned sets only: support taken back
("withdrew its support") or kept ("will not reverse our support"); "dismissed the challenge"; a
report or stance inside a relative clause ("X, which in May had said it was undecided, came out
against it"; "Nand, who in February demanded that …, said on Tuesday …"; "who in June backed it, has
since turned against it") as its own dated statement; a time set before a sentence's first speaker
holds for a coordinated second one; a topic named once inside a quotation is not the article's; a
headline is no statement.  The researcher scored six articles of their own by hand, gold written
first: P 0.77, R 0.73, F1 0.75.  End of session 9: all 210 never-tuned articles 0.658 (P 0.665,
R 0.651); tuned 0.800; 02-10 even 0.935.

Session 10 tuned on blind37-40 (their errors read one by one; 0.661 -> 0.814 with this session's rules, the
learned guess now trained on them too) and on two new users' walkthrough articles (a teacher's, a policy
analyst's; not added here). The other 170 never-tuned articles, not opened, went from 0.657 to 0.674 (P 0.678,
R 0.670) -- what the new rules carry over to unseen text.  blind41-44 were written at its start by four
helpers who never saw the extractor (local government and housing; foreign policy and trade; health,
science and education; business, labour and energy), sealed, and scored once at its end: 0.739 together
(P 0.735, R 0.743; per set 0.777, 0.679, 0.690, 0.809); the session-9 rules give them 0.707.  End of
session 10: all 210 never-tuned articles (the 21 splits of never_tuned.list) 0.685 (P 0.688, R 0.682;
0.683 with the topic guessed); tuned 0.805; 02-10 even 0.935.

Session 11 tuned on blind41-44 (their errors read one by one; 0.739 -> 0.832 with this session's rules) and on
a journalist's walkthrough articles (not added here). The other 170 never-tuned articles, not opened, went
from 0.674 to 0.691.  blind45-48 were written at its start by four helpers who never saw the extractor
(justice and policing; environment and agriculture; public finance and tax; culture, sport and media),
sealed, and scored once at its end: 0.733 together (P 0.750, R 0.716; per set 0.701, 0.825, 0.686, 0.696);
the session-10 rules give them 0.727.  End of session 11: all 210 never-tuned articles (the 21 splits of
never_tuned.list) 0.698 (P 0.701, R 0.694; 0.694 with the topic guessed); tuned 0.816; 02-10 even 0.921 (a
country's commerce ministry is now proposed as the country, which the gold of 02 records as the ministry
and of 398 as the country).

Session 12 tuned on blind45-48 (their errors read one by one; 0.733 -> 0.810 with this session's rules) and on
a policy analyst's and a teacher's walkthroughs (not added here). The other 170 never-tuned articles, not
opened, went from 0.691 to 0.698 (P 0.708, R 0.688).  blind49-52 were written at its start by four helpers who
never saw the extractor (science, technology and digital regulation; labour, pensions and welfare; defence,
foreign policy and international organisations; local government, housing and transport), sealed, and scored
once at its end: 0.639 together (P 0.663, R 0.616; per set 0.701, 0.544, 0.631, 0.662); the session-11 rules
give them 0.641.  End of session 12: all 210 never-tuned articles (the 21 splits of never_tuned.list) 0.688
(P 0.701, R 0.676; 0.685 with the topic guessed); tuned 0.826; 02-10 even 0.921.

Session 13 tuned on blind49-52 (their errors read one by one; 0.639 -> 0.753 with this session's rules; per set
0.754, 0.694, 0.768, 0.797) and on a journalist's walkthrough (three articles, not added here). The other 170
never-tuned articles, not opened, went from 0.698 to 0.708 (P 0.716, R 0.700).  blind53-56 were written at its
start by four helpers who never saw the extractor (health and social care; schools, universities and skills;
energy, climate and environment; elections, parliaments and constitutional reform), sealed, and scored once at
its end: 0.748 together (P 0.753, R 0.744; per set 0.782, 0.805, 0.689, 0.712; 0.742 with the topic guessed);
the session-12 rules give them 0.741 (the mends of the session's final review, made after that scoring, leave
them at 0.748).  End of session 13: all 210 never-tuned articles (the 21 splits of never_tuned.list) 0.715
(P 0.722, R 0.708; 0.709 with the topic guessed); tuned (362) 0.823; 02-10 even 0.921.

Session 14 tuned on blind53-56 (their errors read one by one; 0.748 -> 0.834 with this session's rules; per set
0.852, 0.882, 0.792, 0.810), on a teacher's walkthrough (two articles, not added here) and on batteries of
common newswire constructions written for unit tests (passives with several agents, "a spokesperson for the
X said", "X: \"…\"", plural subjects, verdict idioms).  The other 170 never-tuned articles, not opened, went from
0.708 to 0.710 (P 0.716, R 0.705).  blind57-60 were written at its start by four helpers who never saw the
extractor (justice, policing, courts and prisons; agriculture, food, fisheries and animal welfare; taxes,
budgets and public finance; immigration, asylum, citizenship and borders), sealed, and scored once at its end:
0.703 together (P 0.727, R 0.681; per set 0.676, 0.762, 0.721, 0.659; 0.703 with the topic guessed); the
session-13 rules give them 0.692 (the mends of the session's final review and the idioms added after that
scoring bring them to 0.707).  End of session 14: all 210 never-tuned articles (the 21 splits of
never_tuned.list) 0.710 (P 0.717, R 0.703; 0.706 with the topic guessed); tuned (402) 0.825; 02-10 even 0.921.

Session 15 wrote blind61-64 at its start (four helpers who never saw the extractor: research and universities;
sport, arts and culture; work and labour; technology and digital policy), sealed them and scored them at once,
with the session-14 rules: 0.646 (P 0.644, R 0.648).  They replaced blind57-60 on the never-tuned list, and
blind57-60 were tuned on (their errors read one by one; 0.707 -> 0.832 with this session's rules and the learned
part refit on them).  Changes of the learned part (its reach; its guessing threshold and weights, chosen by
cross-validation on the tuned articles; the two second-reading thresholds, set beforehand) were accepted only when the other 170 never-tuned articles, not opened, agreed.  End of session
15: the other 170 never-tuned 0.711 -> 0.749 (P 0.733, R 0.765); blind61-64, not opened, 0.646 -> 0.660 (P 0.628,
R 0.696; 0.672 at the session's best point, before the learned part was let guess more); all 210 never-tuned
0.734 (P 0.715, R 0.754; 0.730 with the topic guessed); tuned (442) 0.853; 02-10 even 0.885 (two of its 30
statements are by bodies called only by a common noun, now left out with a message).  Because the learned part's
changes were accepted on the 170's score, their 0.749 is somewhat optimistic; blind61-64 is the clean check.

Session 16 wrote blind65-68 at its start (four helpers who never saw the extractor: agriculture, fisheries and
food; courts, prisons and justice; tourism, heritage and city centres; household energy and water bills), sealed
them and scored them at once, with the session-15 rules: 0.678 (P 0.633, R 0.729; 0.677 with the topic guessed).
They replaced blind61-64 on the never-tuned list, and blind61-64 were tuned on (0.660 -> 0.829 with this
session's rules and the learned part refit on them; inflated).  blind61-64 and blind65-68 were written from the
same brief, whose list of idioms ("gave it a cautious welcome", "came out swinging against") the rules learnt from
blind61-64, so part of blind65-68's gain is the brief's style.  End of session 16: blind65-68, not opened, 0.678
-> 0.736 (P 0.685, R 0.795; 0.732 with the topic guessed); the other 170 never-tuned 0.749 -> 0.751; all 210
never-tuned 0.749 (P 0.730, R 0.769; 0.744 with the topic guessed); tuned (482) 0.856; 02-10 even 0.885.  With the
learned part refit per fold without the held-out articles (five folds by article), the tuned articles score
0.819 instead of 0.856: the learned part's share of the tuned figure is inflated by about 0.04.

Session 17 wrote blind69-72 at its start (four helpers who never saw the extractor, from a new brief without
the idiom list and asking for some long-sentence analysis pieces: ports, shipping and aviation; elections and
campaign finance; sport governance and stadiums; science funding and universities -- the last two subjects were
also blind61-62's), sealed them and scored them at once, with the session-16 rules: 0.649 (P 0.648, R 0.650;
0.654 with the topic guessed).  They replaced blind65-68 on the never-tuned list; blind65-68 were tuned on (0.755
with the learned part refit on them -> 0.794; inflated), and refitting the learned part on them moved the older
170 never-tuned from 0.751 to 0.747.  End of session 17: blind69-72, not opened, 0.649 -> 0.660 (P 0.653, R 0.667;
per set 0.662, 0.654, 0.658, 0.667; 0.658 with the topic guessed); the other 170 never-tuned 0.747 -> 0.752; all
210 never-tuned 0.737 (P 0.724, R 0.751; 0.733 guessed); tuned (522) 0.854 (0.818 with the learned part refit per
fold); 02-10 even 0.871 (a France that "took the opposite view" is now proposed; its gold has no row for it).

Session 18 wrote blind73-76 at its start (four helpers who never saw the extractor, from the session-17 brief:
farming, food standards and fisheries; pensions, social care and welfare; broadcasting, press and online media
regulation; tourism, heritage and cultural funding), sealed them and scored them at once with the session-17
rules (a worktree at the session's last commit): 0.670 (P 0.666, R 0.674; 0.676 with the topic guessed).  They
replace blind69-72 on the never-tuned list; blind69-72 are tuned on from now (0.660 -> 0.728 with the learned part
refit on them -> 0.792 at the end; inflated).  Halfway through, four more helpers wrote blind77-80 from the same
brief (technology and AI regulation; council budgets and taxes; immigration and labour; defence and foreign
policy); nobody opened them, and they were scored once, after the session's last rule change (marked * above):
0.645 (P 0.631, R 0.660; 0.644 guessed; 0.646 after the review's mends, blind78 0.662) -- the session-17 rules
give them 0.634.  End of session 18: blind73-76,
not opened, 0.670 -> 0.677 (P 0.671, R 0.684; per set 0.589, 0.684, 0.697, 0.745; 0.684 guessed); the older 170
never-tuned 0.752 -> 0.752; all 250 never-tuned 0.727 (P 0.712, R 0.742; 0.726 guessed); tuned (562) 0.854 (0.846
guessed; 0.817 with the learned part refit per fold).

Session 19 wrote blind81-88 at its start (eight helpers who never saw the extractor, from the session-17 brief:
energy prices, mining and utilities; schools, universities and student finance; courts, prisons and sentencing;
housing, planning and rents; sport, gambling and alcohol licensing; public health, drugs policy and hospitals;
climate, water, pollution and wildlife; elections, voting rules and constitutional reform), sealed them and scored
them at once with the session-18 rules (a worktree at the session's last commit): 0.655 (P 0.661, R 0.649; 0.655
with the topic guessed).  They replace blind73-80 on the never-tuned list; blind73-80 are tuned on from now (0.662
with the session-18 rules and model -> 0.697 with the learned part refit on them -> 0.760 at the end; inflated).
The learned part learnt a fourth class, words that take no side (from the speakers the gold never records), and
withholds its guess when 60% sure of it; a side felt from the words' tone that it reads so is dropped (held out per
fold 0.801 -> 0.807; the older 170 never-tuned 0.753 -> 0.752).  End of session 19, scored once after the last rule
change and again after the review's mends (the same): blind81-88, not opened, 0.655 -> 0.677 (P 0.693, R 0.662; per
set 0.584, 0.657, 0.688, 0.676, 0.730, 0.697, 0.746, 0.645; 0.674 guessed); the older 170 never-tuned 0.752 ->
0.755; all 250 never-tuned 0.733 (P 0.728, R 0.738; 0.730 guessed); tuned (642) 0.856 (0.849 guessed; 0.811 with
the learned part refit per fold); 02-10 even 0.900.

Session 20 wrote blind89-96 at its start (eight helpers who never saw the extractor, from the same brief: transport
and cycling; farming, fisheries and food; technology and privacy; migration and labour; defence and alliances; arts
and media regulation; taxes and budgets; animal welfare and wildlife) and scored them at once with the session-19
rules: 0.671 (P 0.694, R 0.650; 0.675 guessed).  They replace blind81-88 on the never-tuned list; blind81-88 are
tuned on from now (0.677 with the session-19 rules -> 0.741 with the learned part refit on them -> 0.794 at the end;
inflated).  End of session 20, scored once after the review's mends: blind89-96, not opened, 0.671 -> 0.680 (P 0.700,
R 0.660; per set 0.603, 0.772, 0.731, 0.610, 0.748, 0.689, 0.699, 0.569; 0.682 guessed); the older 170 never-tuned
0.755 -> 0.756; all 250 never-tuned 0.735 (P 0.730, R 0.740; 0.733 guessed); tuned (722) 0.852 (0.845 guessed);
02-10 even 0.900.

Session 21 wrote blind97-104 at its start (eight helpers who never saw the extractor, from the same brief: energy
and utilities; housing and rent; sport and gambling; public health and drugs; schools and universities; courts and
policing; water and coasts; elections and local democracy) and scored them at once with the session-20 rules: 0.711
(P 0.713, R 0.709; 0.711 guessed).  They replace blind89-96 on the never-tuned list; blind89-96 are tuned on from
now (0.680 with the session-20 rules -> 0.739 with the learned part refit on them -> 0.764 at the end; inflated).
End of session 21, scored after the review's mends (0.715) and again after its last rule ("last night" is
yesterday): blind97-104, not opened, 0.711 -> 0.717 (P 0.716, R 0.718; per set 0.729, 0.732, 0.732, 0.684, 0.689,
0.733, 0.685, 0.750; 0.718 guessed); the older 170 never-tuned 0.754 -> 0.755; all 250 never-tuned 0.744 (P 0.733,
R 0.756; 0.742 guessed); tuned (802) 0.846 (0.839 guessed; 0.799 with the learned part refit per fold); 02-10 even
0.900.

Session 22 wrote blind105-112 at its start (eight helpers who never saw the extractor, from the same brief: transport
and transit; farming, food and fisheries; technology and privacy; immigration and labour; arts and heritage;
wildlife and forests; taxes and budgets; defence and security) and scored them at once with the session-21 rules:
0.697 (P 0.715, R 0.680; 0.694 guessed).  They replace blind97-104 on the never-tuned list; blind97-104 are tuned on
from now (0.717 with the session-21 rules -> 0.777 with the learned part refit on them -> 0.837 at the end;
inflated).  End of session 22, scored once after the review's mends: blind105-112, not opened, 0.697 -> 0.705 (P
0.713, R 0.698; per set 0.764, 0.713, 0.653, 0.757, 0.675, 0.696, 0.681, 0.698; 0.701 guessed); the older 170
never-tuned 0.755 -> 0.762; all 250 never-tuned 0.746 (P 0.735, R 0.757; 0.741 guessed); tuned (882) 0.849 (0.843
guessed; 0.799 with the learned part refit per fold); 02-10 even 0.900.

Session 23 wrote blind113-120 at its start (eight helpers who never saw the extractor, from a new brief that asks for
traps -- facts, side issues, hedges -- and dates undated news "the day before publication to publication": local
government and housing; health and social care; schools and universities; energy and climate; trade and foreign
policy; courts and policing; sport and media; business and consumer regulation) and scored them at once with the
session-22 rules: 0.740 (P 0.687, R 0.801; 0.732 guessed).  They replace blind105-112 on the never-tuned list;
blind105-112 are tuned on from now (0.705 with the session-22 rules -> 0.805 at the end; inflated).  End of session 23,
scored once after the review's mends and once more after a last rule (a summary dated by the next words' month, which
lifted the older never-tuned by 0.001): blind113-120, not opened, 0.740 -> 0.750 (P 0.699, R 0.810; per set 0.633,
0.841, 0.753, 0.733, 0.707, 0.754, 0.776, 0.819; 0.743 guessed); the older 170 never-tuned 0.762 -> 0.762 (the
session's rules moved them by +0.001 to +0.002 each, each refit of the learned part by -0.003 to +0.001); all 250
never-tuned 0.759 (P 0.731, R 0.789; 0.755 guessed); tuned (962) 0.849 (0.843 guessed; 0.800 with the learned part
refit per fold); 02-10 even 0.900.

Session 24 wrote blind121-128 at its start (eight helpers who never saw the extractor, from session 23's brief:
transport and infrastructure; environment and farming; work, pay and pensions; policing and justice; technology
and the internet; culture, heritage and religion; universities and science; defence, borders and migration) and
scored them at once with the session-23 rules: 0.727 (P 0.673, R 0.790; 0.720 guessed).  They replace blind113-120
on the never-tuned list; blind113-120 are tuned on from now (0.750 with the session-23 rules -> 0.809 with the
learned part refit on them -> 0.835 at the end; inflated).  With them, all 250 never-tuned 0.752 (P 0.723, R 0.783;
0.748 guessed) at the session's start.  End of session 24, scored once after the review's mends: blind121-128, not
opened, 0.727 -> 0.734 (P 0.684, R 0.792; per set 0.788, 0.674, 0.814, 0.735, 0.705, 0.698, 0.749, 0.714; 0.724
guessed); the older 170 never-tuned 0.762 -> 0.766 (0.765 with the session-23 rules and this session's refit);
all 250 never-tuned 0.756 (P 0.729, R 0.786; 0.748 guessed); tuned (1,042) 0.851 (0.844 guessed; 0.801 with the
learned part refit per fold); 02-10 even 0.900.  The session also made a spokesperson's words the statement of the
body they speak for, not a second actor's (the brief's rule since session 23; the older briefs' coders sometimes
kept the person: the tuned score was unchanged by it).

Session 25 wrote blind129-136 at its start (eight helpers who never saw the extractor, from session 23's brief:
housing and urban planning; health care; schools and childhood; energy and utilities; trade and business; elections
and government; sport, tourism and leisure; seas, rivers and coasts) and scored them at once with the session-24
rules: 0.743 (P 0.694, R 0.800; 0.746 guessed).  They replace blind121-128 on the never-tuned list; blind121-128 are
tuned on from now (0.734 with the session-24 rules).  With them, all 250 never-tuned 0.759 (P 0.732, R 0.788;
0.755 guessed) at the session's start; tuned (1,122) 0.842 (0.835 guessed).  End of session 25, scored once after
the review's mends: blind129-136, not opened, 0.743 -> 0.746 (P 0.701, R 0.798; per set 0.771, 0.757, 0.679, 0.751,
0.686, 0.745, 0.784, 0.789; 0.747 guessed); the older 170 never-tuned 0.766 -> 0.769; all 250 never-tuned 0.762
(P 0.737, R 0.790; 0.759 guessed); tuned (1,122) 0.854 (0.847 guessed; 0.805 with the learned part refit per fold);
blind121-128 0.734 -> 0.848 (inflated); 02-10 even 0.900.  The session also dates a body's undated summary ("X is
staying neutral.") by the day its spokesperson or officer spoke in the next sentence, which moved two of the test
file's expected dates.

Session 26 wrote blind137-144 at its start (eight helpers who never saw the extractor, from session 23's brief:
transport and roads; farming, food and rural life; policing, courts and justice; arts, culture, media and heritage;
technology, data and telecommunications; wildlife, forests, parks and pollution; jobs, wages, unions and the
workplace; foreign policy, defence and international relations) and scored them at once with the session-25 rules:
0.740 (P 0.689, R 0.797; 0.731 guessed).  They replace blind129-136 on the never-tuned list; blind129-136 are tuned
on from now (0.746 with the session-25 rules).  With them, all 250 never-tuned 0.760 (P 0.733, R 0.790; 0.755
guessed) at the session's start; tuned (1,202) 0.847 (0.840 guessed).  End of session 26, scored once after the
review's mends: blind137-144, not opened, 0.740 -> 0.743 (P 0.695, R 0.799; per set 0.814, 0.798, 0.727, 0.729,
0.769, 0.659, 0.710, 0.741; 0.737 guessed); the older 170 never-tuned 0.769 -> 0.769; all 250 never-tuned 0.761
(P 0.736, R 0.789; 0.758 guessed); tuned (1,202) 0.852 (0.845 guessed; 0.803 with the learned part refit per fold);
blind129-136 0.746 -> 0.817 (inflated); 02-10 even 0.900.  (Twice in the session a scratch script's mistake printed
the sealed sets' aggregate, 0.742 both times, with no errors shown: no rule was chosen by it.)  The session also made
an officer who says where "the union" stands speak for that union, and a named spokesperson with no article
speak for the body, which moved one older test expectation (a league's president) to the league.


Session 27 wrote blind145-152 at its start (eight helpers who never saw the extractor, from session 23's brief:
housing, rents and planning; hospitals, public health and care homes; schools, universities and exams; energy
supply, power plants and fuel prices; water, rivers, fisheries and flood defence; sport, stadiums, events and
tourism; taxes, budgets, banking and trade; elections, voting rules and local government) and scored them at once
with the session-26 rules: 0.744 (P 0.698, R 0.797; 0.748 guessed).  They replace blind137-144 on the never-tuned
list; blind137-144 are tuned on from now (0.743 with the session-26 rules), which lowers the tuned figure at the
session's start to 0.845 (0.840 guessed).  With them, all 250 never-tuned 0.762 (P 0.737, R 0.788; 0.761 guessed)
at the session's start.  End of session 27, scored once after the review's mends: blind145-152, not opened, 0.744 ->
0.753 (P 0.708, R 0.805; per set 0.771, 0.744, 0.780, 0.636, 0.757, 0.826, 0.798, 0.718; 0.759 guessed); the older
170 never-tuned 0.769 -> 0.767; all 250 never-tuned 0.763 (P 0.739, R 0.788; 0.763 guessed); tuned (1,282) 0.851
(0.845 guessed; 0.803 with the learned part refit per fold); blind137-144 0.743 -> 0.817 (inflated); 02-10 even
0.900.  The scorer now drops a company suffix (Ltd, Inc, plc, GmbH …) before comparing names when two words are left
("Coastline Timber Ltd." is "Coastline Timber"): the first-sight figures above are the same either way.
Session 28 wrote blind153-160 at its start (eight helpers who never saw the extractor, from session 23's brief:
roads, railways, buses and airports; policing, courts and prisons; immigration, asylum and citizenship; farming,
food standards and animal welfare; museums, heritage, broadcasting and the arts; technology, data privacy and AI;
strikes, wages and pensions; defence, alliances and sanctions) and scored them at once with the session-27 rules:
0.749 (P 0.699, R 0.807; 0.745 guessed).  They replace blind145-152 on the never-tuned list; blind145-152 are tuned
on from now (0.753 with the session-27 rules), which lowers the tuned figure at the session's start to 0.845 (0.839
guessed).  With them, all 250 never-tuned 0.762 (P 0.737, R 0.788; 0.759 guessed) at the session's start.  End of
session 28, scored once after the review's mends: blind153-160, not opened, 0.749 -> 0.753 (P 0.719, R 0.791; per
set 0.819, 0.731, 0.762, 0.773, 0.651, 0.712, 0.731, 0.847; 0.751 guessed); the older 170 never-tuned 0.767 -> 0.774;
all 250 never-tuned 0.768 (P 0.759, R 0.777; 0.766 guessed); tuned (1,362) 0.861 (0.855 guessed; 0.809 with the
learned part refit per fold); blind145-152 0.753 -> 0.856 (inflated); 02-10 even 0.900.  Most of the session's gain
came from two whole-article steps measured on the tuned articles' proposals: the side of before told again on the
day of a change, and one actor's disagreeing proposals of one day (a side withheld wins, else the first told).
Session 29 wrote blind161-168 at its start (eight helpers who never saw the extractor, from session 23's brief:
electoral reform, voting rules and referendums; mining, quarrying and natural resources; fisheries, oceans and
coastal protection; tourism, short-term rentals and visitor levies; public health measures; taxation, budgets and
spending cuts; sports, stadiums and major events; universities, research funding and student fees) and scored them at
once with the session-28 rules and the learned part refit with blind153-160 among its training articles: 0.781
(P 0.750, R 0.814; 0.771 guessed).  They replace blind153-160 on the never-tuned list; blind153-160 are tuned on from
now (0.753 with the session-28 rules, 0.819 once the learned part was refit on them), which lowers the tuned figure
at the session's start to 0.858 (0.853 guessed).  With them, all 250 never-tuned 0.779 (P 0.772, R 0.786; 0.772
guessed) at the session's start; the older 170 never-tuned 0.774 -> 0.778 from the refit alone.
Session 29 at 12:50, 36 minutes in (a misread clock took it for the session's end), scored after a first round of
rules and the review's mends: blind161-168, not opened, 0.781 -> 0.783 (P 0.754, R 0.815;
per set 0.675, 0.795, 0.786, 0.772, 0.875, 0.805, 0.795, 0.764; 0.773 guessed); the older 170 never-tuned 0.778 ->
0.779; all 250 never-tuned 0.780 (P 0.773, R 0.787; 0.774 guessed); tuned (1,442) 0.859 (0.853 guessed; 0.808 with
the learned part refit per fold); blind153-160 0.753 -> 0.830 (inflated; 0.819 of it from the refit alone); 02-10
even 0.900.  The session's rules were few (a bigger worry "for" someone, sides withheld in a few more words, "rejected
calls to delay it", a harm answered, a portfolio word inside a body's name, the day a bill was tabled): most of the
sealed sets' gain over session 28's came from the learned part's 80 more training articles.
The clock misread, session 29 then had two hours left: eight more helpers wrote blind169-176 (water supply and
dams; places of worship and faith schools; banking and cryptocurrency; nightlife and licensing; gambling; dogs and
animal control; space and science facilities; language policy), scored at once with the rules of that moment: 0.792
(P 0.759, R 0.828; 0.793 guessed) -- the clean check for the rest of the session, since blind161-168 had been scored
twice.  With them, all 330 never-tuned 0.783 (P 0.770, R 0.796; 0.778 guessed).
At 13:25, as training data seemed the next lever, eight more helpers wrote blind177-184 (home heating and energy
bills; hospitals and GP services; childcare and parental leave; libraries and youth centres; trade deals and tariffs;
forestry, parks and wildlife; protest rights and public order; social media and online safety).  A learning curve of
the learned part (refit on 60%, 80% and all of the 1,442 tuned articles: the older 170 never-tuned 0.778, 0.776,
0.779) showed more training articles of the same kind would hardly help, so they were sealed as well: 0.753 at first
sight with the rules of that moment (P 0.737, R 0.770; 0.759 guessed).  All 410 never-tuned then 0.778 (P 0.764,
R 0.792; 0.775 guessed).
End of session 29 (14:10), after the review's second mends, scored once: blind169-176, not opened, 0.792 -> 0.794
(P 0.761, R 0.831; per set 0.776, 0.807, 0.787, 0.790, 0.859, 0.791, 0.797, 0.748; 0.793 -> 0.796 guessed);
blind177-184, not opened, 0.753 -> 0.754 (P 0.737, R 0.772; per set 0.757, 0.721, 0.843, 0.750, 0.756, 0.642, 0.732,
0.833; 0.759 -> 0.760 guessed); blind161-168 0.783 (12:50) -> 0.781 (0.773 -> 0.768 guessed); the older 170 never-tuned
0.779; all 410 never-tuned 0.778 (P 0.763, R 0.792; 0.775 guessed); tuned (1,442) 0.861 (0.856 guessed; 0.810 with
the learned part refit per fold); blind153-160 0.753 -> 0.844 (inflated); 02-10 even 0.900.  The rules added after
12:50 (about twenty, each from a tuned article's miss) lifted the tuned articles by 0.002 and the text they never saw
by nothing measurable.
Session 30 opened with eight new sealed sets, blind185-192 (ports and ferries; waste and recycling; elderly care and
welfare; urban trees and parks; drugs policy; street names and statues; fire and ambulance services; masts, broadband
and post), 80 articles and 626 gold rows, scored at first sight with the session-29 rules and a few opened on
blind161-176 that morning: 0.764 (P 0.736, R 0.794; per set in the table; 0.763 guessed).  blind161-176 then came off
the never-tuned list (their first-sight and end-of-session-29 figures are above) and were tuned on; the learned part
was refit on 1,602 tuned articles.  About 35 rules followed, each from a miss in blind161-176, then a review's mends:
an officer's words about "the alliance" go to the body named just before; "X was blunter." is against (38 of 40 such
actors in the tuned gold) unless the words that follow say otherwise; bodies' acts ("has collected 1,200 signatures
against", "passed a resolution opposing", "resolved to oppose", "has threatened to sue"); "neither supporting nor
objecting" is neutral; "called for a no vote"; conditions ("if the council approves the fee") are no act; a place that
"introduced a similar levy" is a precedent; "at the April 20 meeting" is that day.
End of session 30 (16:25), scored once: blind185-192, not opened, 0.764 -> 0.772 (P 0.743, R 0.804; per set 0.861,
0.805, 0.756, 0.812, 0.741, 0.675, 0.723, 0.812; 0.763 -> 0.772 guessed); blind177-184, not opened, 0.754 -> 0.755
(0.760 -> 0.758 guessed); the older 170 never-tuned 0.779 -> 0.785 (0.775 -> 0.783 guessed); all 330 never-tuned
0.770 -> 0.775 (P 0.765, R 0.785; 0.768 -> 0.774 guessed); tuned (1,602) 0.854 -> 0.862 (0.848 -> 0.856 guessed;
0.811 with the learned part refit per fold); blind161-176 0.786 -> 0.857 (inflated: tuned and trained on); 02-10 even
0.900.
Session 31 opened with eight new sealed sets, blind193-200 (taxis, parking and fares; consumer protection and
advertising; hunting, zoos and wild animals; building safety and fire codes; holidays, Sunday trading and school
calendars; cemeteries and burial rules; disaster preparedness and warnings; street markets, vendors and busking), 80
articles and 638 gold rows, scored at first sight with the session-30 rules and the learned part refit on 1,682 tuned
articles: 0.750 (P 0.720, R 0.782; per set in the table; 0.742 guessed).  blind177-184 came off the never-tuned list
and were tuned on.  About 25 rules followed, from their misses and two reviews: a body's name cut short takes the one
longer form the article gives it ("Nordhav" -> "Nordhav Sjømat", "Central Bank" -> "Central Bank of Ireland"); a
plural of people the article also writes in lower case is no actor ("Ranchers remain wary."); "Nothing says … like …"
and a dare ("and see how many come") after praise are irony; "I was wrong to dismiss it" supports it now; "symbolic
politics" objects; "scrap" the metal is no act; two countries reported by another speaker are theirs; dates from the
words around (a quotation opening a paragraph after the same speaker's dated words; a body's summary and its
officer's next sentence; a person's summary and their next sentence).
End of session 31 (18:45), scored once: blind193-200, not opened, 0.750 -> 0.749 (P 0.719, R 0.782; per set 0.830,
0.782, 0.711, 0.701, 0.761, 0.735, 0.694, 0.797; 0.742 -> 0.743 guessed); blind185-192, not opened (third scoring),
0.771 -> 0.774 (0.774 -> 0.773 guessed); the older 170 never-tuned 0.784 -> 0.786 (0.784 -> 0.784 guessed); all 330
never-tuned 0.773 -> 0.774 (P 0.762, R 0.787; 0.771 -> 0.772 guessed); tuned (1,682) 0.860 -> 0.863 (0.855 -> 0.857
guessed; 0.812 with the learned part refit per fold); blind177-184 0.755 -> 0.836 (inflated: tuned and trained on);
02-10 even 0.900.  The rules lifted the tuned articles by 0.003 and the text they never saw by 0.001: on new text the
surface rules have stopped paying.
Session 32 opened with eight new sealed sets, blind201-208 (airports and aviation noise; organ donation and consent;
veterans and memorials; vaping and smoking; fireworks and crowd safety; municipal services; charities and lotteries;
pharmacies), 80 articles and 629 gold rows, scored at first sight with the session-31 code: 0.790 (P 0.758, R 0.824;
per set in the table; 0.786 guessed).  blind185-192, scored three times with their errors never opened, came off the
never-tuned list and were tuned on.  Then, as data rather than rules: sixteen more sets written by helpers to be tuned
on, blind209-216 and blind217-224 (160 articles, 1,253 gold rows), each scored at first sight before anything was
tuned on it: 0.806 and 0.753 -- with 201-208's 0.790, the spread of fresh text in the brief's styles.  The learned
part, refit on 1,922 tuned articles, now reads a quotation that goes on after its attribution (cross-validated
extraction 0.810 -> 0.812 on 1,762).  Rules from the new misses and a review's mends: "The Boaters' Association
disagrees." and "Residents see it differently." take the side opposite the speaker before, dated by the next
sentence; "a bigger problem" named ("the bigger problem in summer was parking") is another matter; a union's "Local
1822" is its name, not a year; "has lodged a submission opposing", "sent commissioners a letter supporting"; an
echo dated by its own words.  Tried and dropped, measured on the tuned gold: adding or swapping in the body an
officer speaks for (+19 TP for +276 FP with the gold's own names; dropping officers: -0.014 on the older sets);
"X wants to build …" as the proposer's side (32 coded for, 15 not); "has not decided" as no side (the process as
often as a side); feature variants of the learned part (the topic's kind, negation marks, C: all within 0.005).
End of session 32 (21:25), scored once: blind201-208 0.790 -> 0.796 (P 0.764, R 0.831; per set 0.823, 0.820,
0.734, 0.784, 0.834, 0.817, 0.795, 0.761; 0.786 -> 0.794 guessed); blind193-200, not opened (third scoring), 0.749
-> 0.756 (0.743 -> 0.752 guessed); the older 170 never-tuned 0.786 -> 0.790 (0.784 -> 0.788 guessed); all 330
never-tuned 0.778 -> 0.784 (P 0.772, R 0.796; 0.775 -> 0.781 guessed); tuned (1,922) 0.859 (0.854 guessed; 0.810
with the learned part refit per fold); 02-10 even 0.885 (the refit learned part adds one proposal the gold of 02-10
does not have).
Session 33 opened with eight new sealed sets, blind225-232 (clock changes; gaming and chess in schools; pest birds;
tattoo, piercing and sunbed rules; level crossings; dentistry; sign language and braille; canals and lighthouses), 80
articles and 739 gold rows, scored at first sight with the session-32 code: 0.783 (0.778 guessed).  blind193-200,
scored three times, came off the never-tuned list and were tuned on, with blind233-240, written by helpers to be
tuned on (80 articles, 772 gold rows; 0.772 at first sight).  A script of mine that listed misses ran over blind225-232
too and printed about 23 of their gold rows with some of their text, and the extractor was run on three of their
articles; no rule was changed from what was seen, but those sets are no longer unseen: blind241-248 (pollinators;
community music; nightclubs; rodeos and racing welfare; stray animals; school timetables; urban wildlife; libraries),
80 articles and 771 gold rows, were written and sealed straight after (0.790 at first sight, 0.783 guessed, with
the session-32 code).  Rules from the new sets' misses and a review's mends: a body's leader speaking in its voice
("we", "our members") or telling what "the group" will do gives the body's statement; "The Union will fight it, its
general secretary said" is the union's alone; "does not believe the scheme will …" and "doubts that" take the side
opposite what follows; the critics' case dismissed ("the criticism was misplaced", "scornful of the complaints") is a
side for; "fellow trustees X and Y had also signed on"; a topic that lifts a ban takes the ban as what goes; "the
Socialist group"; a "whose" clause's time; towns, storms and sites no one to call "she"; occupations as titles.
Tried and dropped: dropping an officer's own proposal whenever their body states the same side (tuned F1 the same:
+0.002 on the sets written to the current brief, 02-10 even 0.885 -> 0.828, the older coders' convention).
End of session 33 (23:55), scored once: blind241-248 0.790 -> 0.795 (P 0.814, R 0.777; per set 0.736, 0.807, 0.859,
0.706, 0.839, 0.806, 0.767, 0.842; 0.783 -> 0.785 guessed); blind225-232 (glimpsed, see above) 0.783 -> 0.801
(0.778 -> 0.794 guessed); blind201-208, not opened (third scoring), 0.796 -> 0.800 (0.794 -> 0.798 guessed); the older
170 never-tuned 0.790 -> 0.793 (0.788 -> 0.790 guessed); all 410 never-tuned 0.790 -> 0.796 (P 0.803, R 0.790; 0.786
-> 0.791 guessed); tuned (2,082) 0.851 -> 0.858 (0.846 -> 0.853 guessed; 0.810 with the learned part refit per
fold); 02-10 even 0.885 -> 0.900.  Then, with no rule changed, eight more sets written at the session's end,
blind249-256 (cable cars; school uniforms; angling; citizens' assemblies; kerbside charging; garden waste;
allotments; bells and calls to prayer; 80 articles, 756 gold rows), scored once with the final code: 0.795 (P 0.832,
R 0.761; 0.798 guessed); with blind241-248, the 160 freshest articles 0.795; all 490 never-tuned 0.796 (P 0.808,
R 0.785; 0.793 guessed).
Session 34 opened with eight new sealed sets, blind257-264 (skate parks; road races; hill paths and access; burial
and cremation; campervans; maternity units; sea defences; interpreting), 80 articles and 728 gold rows, scored at
first sight with the session-33 code: 0.802 (P 0.854, R 0.755; 0.800 guessed).  blind225-232 (glimpsed) and
blind249-256 (scored once) came off the never-tuned list and were tuned on; blind241-248 stayed sealed.  Rules from
their misses and a review's mends: an occasion's day written day-first ("at the meeting on 1 September"), and moving,
seconding or speaking for a motion, date the words said at it; a time in a clause to come ("and will decide at a
meeting in March") is not the statement's; officers speak for their body when named with a possessive ("president of
the college's P&F Association"), in the same sentence ("…, and its chairman, X, said members were pleased"), by
"who heads the X Society", "speaking on behalf of the society", or "its chief executive" after the body opens the
sentence before, and go on in its voice ("We …") in that paragraph; "will support whatever model the city chooses"
withholds; others listed as sharing objections, writing letters of support or to object, offering to pilot it, or
going to vote against it; a quotation that is all verdict ("Finally.", "About time", "Daylight robbery"), with "had
a one-word verdict:"; "the opposition Liberty Forum party" is Liberty Forum; "X Hospital and Health Service" is one
body.  Tried and dropped: a year before a noun as no time ("the original 1889 movement": it cost "her 2021 election
campaign"); dropping an officer's own same-side proposal (as in session 33: 02-10 even 0.900 -> 0.862); "company" and
"firm" as a body's own word (neutral).  The learned part was refit on 2,242 tuned articles (0.813 with it held out
per fold).  End of session 34 (02:20), scored once: blind257-264 0.802 -> 0.808 (P 0.858, R 0.764; per set 0.838,
0.817, 0.802, 0.778, 0.889, 0.786, 0.783, 0.774; 0.800 -> 0.809 guessed); blind241-248, not opened (third scoring),
0.795 -> 0.810 (0.785 -> 0.805 guessed); with them, the 160 freshest articles 0.809; blind201-208 (fourth scoring)
0.800 -> 0.797; the older 170 never-tuned 0.793 -> 0.793; all 410 never-tuned 0.796 -> 0.800 (P 0.808, R 0.793;
0.792 -> 0.797 guessed); tuned (2,242) 0.853 -> 0.858 (0.848 -> 0.853 guessed); 02-10 even 0.900.  Then, with no
rule changed, eight more sets written at the session's end, blind265-272 (whale watching; foraging; vineyards and wine
labels; dark skies; hot springs and saunas; private tutoring; surfing; heritage railways; 80 articles, 740 gold rows),
scored once with the final code: 0.825 (P 0.856, R 0.796; 0.819 guessed); with blind241-248 and blind257-264, the 240
freshest articles 0.814 (0.811 guessed); all 490 never-tuned 0.804 (P 0.816, R 0.794; 0.801 guessed).
Session 35 was given to speed (the same outputs, 5-8% faster) and to names and pronouns from the tuned sets' misses,
no set moving on or off the list: "X, an opposition Social Democrat, called …" is X; "Lumen East Africa" a body;
"Ingrid van der Laan" and "the Friends of St Aldhelm's Clock" whole; MPPs, MLAs and TDs titles; "Queen's Park", "on
Mill Lane" and "Eoin Gallagher TD. In 2022 he" no one's "he"; a time in "… when it returns to the council in May" not
the statement's.  The learned part refit on the same 2,242 tuned articles (its cue-less examples moved with the
names).  Tuned 0.858 -> 0.859 (+14 TP, -22 FP).  End of session 35 (05:50), the never-tuned list scored once with the
final code: all 490 0.805 (P 0.816, R 0.795; 0.802 guessed); blind265-272 (second scoring) 0.826; blind257-264
0.808; blind241-248 0.812; blind201-208 0.799; the older 170 0.794.  From this session the topic-guessed run reads
every fourth tuned article (560; 0.858 on them) with all never-tuned and test ones.
Session 36 had eight helpers who never saw the extractor write blind273-280 at its start (lifeboats and sea
rescue; zoos and aquariums; lidos and wild swimming; weather warnings and sirens; religious buildings; cinemas,
theatres and music venues; street food and market traders; canals and moorings), sealed, and scored them at once
with the session-35 code: 0.790 together (P 0.799, R 0.781; 0.785 guessed; per set above).  With them, all 570
never-tuned 0.803 (P 0.814, R 0.793; 0.799 guessed).  Then blind241-248 and 257-272 (scored two to four times,
never opened) moved to tuned, leaving 33 never-tuned splits (330 articles: the older 170, blind201-208 and
blind273-280).  Rules from those 240 articles' misses: a surname's possessive as a pronoun's antecedent ("Park's
support … she"); "at the April 7 council meeting" and forums as occasions; a statement told to a newspaper takes no
scene day; "starting this fall" is not when it was decided; "NHS Fife", "BBC Scotland" bodies; "the Ecologists and
the Socialists", "the Labour group and the Green group" two; "not against X. We are against Y" of a limit is for
it, and not being against something else no neutral side; a speaker's lists ("had told her they would back it",
"including X", "the Party for the Neighbourhoods", "had joined her in voting against it in September", letters of
objection); "spoke in favor", "seconded the motion", "sounded skeptical"; a party "in the district assembly".
The learned part refit on the 2,482 tuned articles.  The 240 moved: 0.816 -> 0.858 (tuned on, inflated).  End of
session 36, the never-tuned list scored with the final code (at 08:10, then again after the final review's mends
and refit, which left every tuned output as it was): all 330 0.795 -> 0.794 (P 0.791, R 0.798; 0.790 guessed; 0.794
with the session-35 code, 3 FP more); blind273-280 (second scoring) 0.795; blind201-208 0.799; the older 170 0.792.
Tuned (2,482) 0.859 (the guessed run's sample of 621: 0.850); 02-10 even 0.900.

Session 37 had eight more helpers write blind281-288 at its start (beekeeping and pesticides; observatories,
planetariums and spaceports; carnivals and parades; archives and record offices; salons and their licensing;
mountain huts, trails and park fees; school uniforms and school-day rules; post offices and parcel lockers), and
scored them at once with the session-36 code: 0.778 (P 0.800, R 0.757; 0.778 guessed; per set above).  They were
then opened and tuned on; the never-tuned list stayed the same 33 splits.  Rules from their misses and from four
helpers who each took one kind of miss on the tuned sets (dates, sides, missed actors, speakers the coders leave
out): a scene at "Wednesday's work session"; an interview takes no earlier meeting's day; "councillors Reyes and Tan
had signed on"; "Coun.", "Reps.", "Det. Supt." as titles; "Rep. X, D-Tulsa, who voted no"; "rejects that argument"
against the argument said before it; "failed" as an adjective; "X and the Y" two bodies; more acts in a speaker's
list; a summary dated by the next sentence in its own voice; a quotation dated by its speaker's dated act just
before; "no objection ... provided" as consent; "voted to shelve" against; "whatever Parliament approves" no act;
paragraph openings about another matter lend no side.  The learned part refit on 2,562 tuned articles.  End of
session 37, the never-tuned list scored once with the final code: all 330 0.794 -> 0.800 (P 0.796, R 0.803; 0.795
guessed); blind273-280 (third scoring) 0.798; blind201-208 0.809; the older 170 0.797.  Tuned (2,562) 0.865 (the
guessed run's sample of 641: 0.855); blind281-288 0.778 -> 0.850 (tuned on, inflated); 02-10 even 0.900.
Session 38 had eight more helpers write blind289-296 at its start (aquariums and marine parks; bowling, pool and
darts venues; karaoke bars and noise licensing; horse riding and bridleways; vineyards and wine labels; saunas,
public baths and swimming lakes; forestry and logging permits; circuses and fairgrounds), scored at once with the
session-37 code: 0.818 (P 0.826, R 0.809; 0.820 guessed; per set above).  They were then opened and tuned on; the
never-tuned list stayed the same 33 splits.  Rules from seven helpers who each took one kind of miss, on those 80
first and then on all tuned sets (dates twice, sides, missed actors, actor names, speakers the coders leave out,
quotations before their attribution): an officer quoted in the body's voice ('"The society will fight this," said
X, its chairman'); "states" a noun unless "that" or ":" follows; "fair" the event; an official reporting that the
body takes no side; dates from "addressing the assembly on Tuesday,", a trailing role-then-name attribution, what
changed a mind ("now supports it after ... in January"), a turnaround summary taking its paragraph's later day, a
quotation taking the day of its speaker's words just before; a bare weekday naming a kind of day ("Sunday opening")
no date; support before a "but" that only voices a worry stays support; "a matter for national governments" argued
is an objection; "campaigned against" what a ban topic bans is for it; an accusation of delay asks for it; verdicts
after a who-clause ("had a one-word reaction:"); more acts in a speaker's list ("had joined as co-sponsors", "had
lodged submissions against"); lower-case tier bodies ("the district forestry office"); a body's place kept in its
name; Maori "o" in a name; "doesn't save a single reef" against; "That is not fair" after a fault with how things
are now is for the change.  Two helpers broke the sealed-article rule in small ways: one read one line each of
articles 197 (blind19) and 292 (blind28) in a grep and built a date rule on that shape; another saw per-phrase
match counts over all articles (no text).  The never-tuned figure without those two articles is given too.  The
learned part refit on 2,642 tuned articles.  End of session 38, the never-tuned list scored once with the final
code: all 330 0.800 -> 0.804 (P 0.800, R 0.807; 0.798 guessed; 0.804 without articles 197 and 292);
blind273-280 (fourth scoring) 0.804; blind201-208 0.818; the older 170 0.798.  Tuned (2,642) 0.871 (the guessed
run's sample of 661: 0.861); blind289-296 0.818 -> 0.883 (tuned on, inflated); 02-10 even 0.900.
Session 39 had eight more helpers write blind297-304 at its start (ice rinks and curling; laundrettes and dry
cleaners; escape rooms and trampoline parks; pawnbrokers and small loans; pet shops and dog breeders; campsites and
holiday parks; hand car washes; hostels), scored at once with the session-38 code: 0.840 (P 0.842, R 0.838; 0.832
guessed; per set above).  They were then opened and tuned on; the never-tuned list stayed the same 33 splits.  Rules
from six helpers who each took one kind of miss (dates, sides, missed actors, wrong proposals, bodies acting, past
positions), all briefed with the list of tuned articles only: words "told the crowd" or said "from the floor" take the
occasion's day, and "decided", "drew", "packed" make a dated sentence an event; a misgiving then "but would vote for
it" is support; a charity "which supports families ..." takes no side by its work; a failed voluntary system argues
for the rule; "the Liberal Democrat group" and "the ANC caucus" as reported subjects, named as groups; an officer's
"the club would fight it" is the club's; "..., Split city council decided on Tuesday" is the council's; "In 2021
Brandl campaigned to save the tower ... He now supports tearing it down" gives the earlier, opposite side.  The
learned part refit on 2,722 tuned articles (twice: the review's mends changed the rules' outputs after the first).  End of session 39, the never-tuned list scored once with the final
code: all 330 0.804 -> 0.805 (P 0.801, R 0.809; 0.798 guessed; 0.805 without articles 197 and 292); blind273-280
(fifth scoring) 0.811; blind201-208 0.820; the older 170 0.795.  Tuned (2,722) 0.873 (the guessed run's sample of
681: 0.863); blind297-304 0.840 -> 0.885 (tuned on, inflated); 02-10 even 0.918 (0.918 at session 38's end
too: its "0.900" above was an older figure copied forward).
Session 40 had eight more helpers write blind305-312 at its start (tennis and padel courts; racecourses and
greyhound tracks; billboards and advertising screens; marinas and moorings; statues and street renaming; street
lighting and dark skies; drinking fountains and refill stations; funerals and burial grounds), scored at once with the
session-39 code: 0.801 (P 0.826, R 0.778; 0.797 guessed; per set above).  They were then opened and tuned on; the
never-tuned list stayed the same 33 splits.  Rules from twelve helpers in two rounds, one kind of miss each, briefed
with the list of tuned articles only: an officer who "told members the association would ..." or says "the trust saw
it as ..." speaks for the body; a council decision "has voted to ..." takes the day of the vote the next sentence
tells (a year in its object is not its time); "changed her mind" after a past side told in the paragraph; "pushed
out in favour of", "a weekend block", "problem gambling" take no side; "Asociación Minera del Norte" is one body;
"the Greens and the Socialists had backed it" and "were also leaning against" name each one's side; "voted no."
ends a sentence; "by e-mail on Sunday" dates it; a meeting to come is no event day.  The learned part refit on 2,802
tuned articles.  End of session 40, the never-tuned list scored once with the final code: all 330 0.805 -> 0.807
(P 0.802, R 0.812; 0.800 guessed; 0.807 without articles 197 and 292; scored twice, before and after the
review's mends, 0.807 both times); blind273-280 (sixth and seventh scoring) 0.815;
blind201-208 0.821; the older 170 0.797.  Tuned (2,802) 0.873 (the guessed run's sample of 701: 0.864);
blind305-312 0.801 -> 0.867 (tuned on, inflated); 02-10 even 0.918.
Session 41 had eight more helpers write blind313-320 at its start (zoos, aquariums and wildlife parks; ferries and
small harbours; carnivals, parades and fairs; hunting, shooting and fishing rules; urban wildlife and pest control;
alcohol licensing; lighthouses, piers and seaside heritage; youth clubs and children's activities), scored at once
with the session-40 code: 0.818 (P 0.862, R 0.778; 0.818 guessed; per set above).  They were then opened and tuned
on; the never-tuned list stayed the same 33 splits.  Rules from twelve helpers in two rounds, one kind of miss each,
briefed with the tuned articles only: a topic that demolishes, removes, stops or raises something reads "should be
saved", "is beyond repair", "voted to freeze the fees" by what the topic does; "Banning ..." and "Postponing ..."
topics know their own act ("backed banning jet skis" is for the ban, "must go ahead" against a postponement); changes
of mind take each side as told ("too old to travel safely" then "changed his mind"); "under plans unveiled by X on
Monday", "voted in March to sell", "the council wants to cull ..." with a day are the body's; "cast the lone vote
against" and "..., adding that X also supported it" take their occasion's day; a comparison's "now" does not stop a
day carrying; "too low and should be raised" backs the measure; "put 5,000 workers out of a job" opposes; "Law
Society of England and Wales", "Garda Rank and File Association" are one body each; "MEC" is a title; a place
before "coast" is no person.  The learned part refit on 2,882 tuned articles.  End of session 41, the never-tuned
list scored once with the final code: all 330 0.807 -> 0.807 (P 0.803, R 0.812; TP 2,363 against 2,361; 0.801
guessed); blind273-280 (eighth scoring) 0.815; blind201-208 0.821; the older 170 0.798.  Tuned (2,882) 0.877 (the
guessed run's sample of 725: 0.872); blind313-320 0.818 -> 0.896 (tuned on, inflated); 02-10 even 0.918.  The
session's rules lifted the tuned articles by 0.006 and the never-tuned by 0.000: they fit the sets they came from.
Session 42 had eight more helpers write blind321-328 at its start (allotments and community gardens; taxis and
private hire; public toilets; phone masts and data centres; museums and galleries; markets and street traders; dogs
in public places; snow, ski fields and winter roads), scored at once with the session-41 code: 0.816 (P 0.851,
R 0.785; 0.818 guessed; per set above), then opened and tuned on; its review mends ("would rather" weighs the
topic's act; the body behind a ban opposes lifting it) and a refit on 2,962 tuned articles closed it, three helpers'
rules left unmerged (its time was cut short) and the never-tuned list not scored.
Session 43 had eight more helpers write blind329-336 at its start (fly-tipping, litter and graffiti; power lines,
pylons and battery storage; school streets and the school run; street trees and tree felling; hospices; drones; bike
hire and e-scooters; night buses and the night-time economy), scored at once with the session-42 code: 0.829 (P
0.871, R 0.790; 0.833 guessed; per set above).  They were then opened and tuned on; the never-tuned list stayed the
same 33 splits.  Rules from session 42's three helpers and five new ones, one kind of miss each, briefed with the
tuned articles only: a lead's decision day ("after the trustees approved it on Monday", "under plans backed by X",
", released on Monday") is not an undated quote's; a body's vote is its stance, not a scene; "he now says" is today;
court rulings that set the topic aside are decisions against it, and those that turn a challenge away for it; what a
topic ends is only its object ("a levy to fund graffiti removal" ends nothing; "fewer bins" backs removing them);
"but not at the expense of" and "just not here" oppose this version; a backer's reason ("because of its exemptions
for dangerous trees") does not turn the side; positions withheld ("no strong feelings either way", "would not
recommend for or against", "would not say whether") take no side; "issued a statement calling it reckless",
"launched a petition against", a reported "was backing", "cast the lone dissenting vote", "X said he" with an
unknown first name, "a spokesperson for X said the group opposed", "urged by X" and "That concern is shared by X"
are read; "It's a great idea" is not overruled by the learned part.  A reviewing helper's counter-examples narrowed
eight of these rules (test_session_43_review_mends) without changing a figure.  The learned part refit on 3,042
tuned articles.  End of session 43, the never-tuned list scored three times with the final code (before and after the
review's mends, 0.808 both times, then 0.809 after a last name-reading mend and refit): all 330 0.809 (P 0.803,
R 0.814; TP 2,369 against 2,363 at session 41's end; 0.803 guessed); blind273-280 (ninth to eleventh scoring) 0.815; blind201-208 0.821; the older 170 0.800.  Tuned
(3,042) 0.880 (the guessed run's sample of 759: 0.874); blind321-328 0.816 -> 0.892 and blind329-336 0.829 -> 0.898
(tuned on, inflated); 02-10 even 0.918.
(All with the topic given; files 11-15 are labelled ``dev``, 16-20 ``holdout``.)
The thresholds are the figures at the end of the session minus a margin, so
a change that makes the extractor worse fails here.
"""
from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd
import pytest

from stancetrack.evaluate import score
from stancetrack.extract import extract_file

EVAL = Path(__file__).resolve().parent / "eval"
GOLD = pd.read_csv(EVAL / "gold.csv")
BLIND = {line.strip() for line in (EVAL / "never_tuned.list").read_text().splitlines()
         if line.strip() and not line.startswith("#")}


@functools.cache
def _predict_all(with_topic: bool) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The articles read once per topic mode (the tests below share it), with the gold of those read.

    With the topic given, every article.  With topics guessed, every never-tuned and test article, but of the
    tuned ones every fourth in file order (759 of 3,042): the guessing is the same code on the same kind of text,
    and reading all of them again took a minute of the suite's ten."""
    gold = GOLD
    if not with_topic:
        files = sorted(GOLD["file"].unique())
        keep = set(files[::4]) | set(GOLD.loc[GOLD["split"].isin(BLIND) | GOLD["split"].eq("test"), "file"])
        gold = GOLD[GOLD["file"].isin(keep)]
    preds = []
    for f, g in gold.groupby("file", sort=True):
        res = extract_file(EVAL / f, topic=g["topic"].iloc[0] if with_topic else None)
        preds.append(res.statements.assign(file=f))
    return pd.concat(preds, ignore_index=True), gold


def test_eval_set_shape():
    files = sorted(p.name for p in EVAL.glob("*.txt"))
    assert len(files) >= 3370 and set(GOLD["file"]) == set(files)
    assert set(GOLD["split"]) == {"dev", "test", "holdout"} | {f"blind{n}" for n in range(2, 337)}
    assert BLIND <= set(GOLD["split"]) and len(BLIND) == 33
    assert GOLD.groupby("file")["topic"].nunique().eq(1).all()
    assert (pd.to_datetime(GOLD["date_from"]) <= pd.to_datetime(GOLD["date_to"])).all()
    for p in EVAL.glob("*.txt"):
        text = p.read_text(encoding="utf-8")
        assert text.startswith(" date 20")
        assert 150 <= len(text.split()) <= 700
        published = pd.Timestamp(text.split("\n", 1)[0].split()[1])
        assert (pd.to_datetime(GOLD.loc[GOLD["file"] == p.name, "date_to"]) <= published).all(), p.name


def _cut_inside_words(pred: pd.DataFrame) -> list[tuple[str, str]]:
    """A teacher's walkthrough found "he had come round to the idea af": a speaker offset counted from the wrong
    word. Every proposal must hold its quotation at its offsets and start and end on word boundaries."""
    cut = []
    for f, rows in pred.groupby("file"):
        text = (EVAL / f).read_text(encoding="utf-8")
        for r in rows.itertuples():
            assert text[r.start:r.end] == r.quote
            if (r.end < len(text) and text[r.end - 1].isalnum() and text[r.end].isalnum()) or \
                    (r.start > 0 and text[r.start].isalnum() and text[r.start - 1].isalnum()):
                cut.append((f, r.quote[-40:]))
    return cut


@pytest.mark.parametrize("with_topic,tuned_min,blind_min,test_min",
                         [(True, 0.870, 0.799, 0.870),
                          (False, 0.864, 0.793, 0.870)])  # guessed: the tuned sample (759 of 3,042: 0.874)
def test_f1(with_topic, tuned_min, blind_min, test_min):
    pred, gold = _predict_all(with_topic)
    assert gold["split"].isin(BLIND).sum() == GOLD["split"].isin(BLIND).sum()  # every never-tuned article read
    if with_topic:  # every proposal on all 3,132 articles, on word boundaries (checked here, on the same reading:
        # a test of its own was sometimes run on the other xdist worker, which read every article again)
        assert len(pred) > 10_000 and _cut_inside_words(pred) == []
    tuned = gold[~gold["split"].isin(BLIND)]
    blind = gold[gold["split"].isin(BLIND)]
    test = gold[gold["split"] == "test"]
    got = {name: score(pred[pred["file"].isin(g["file"])], g) for name, g in
           (("tuned", tuned), ("blind", blind), ("test", test))}
    for name, s in got.items():
        print(f"[topic given={with_topic}] {name}: {s}")
    assert got["tuned"]["f1"] >= tuned_min
    assert got["blind"]["f1"] >= blind_min
    assert got["test"]["f1"] >= test_min


def test_score_matching_rules():
    gold = pd.DataFrame({"file": ["a"], "actor": ["Amara Okafor"], "stance_sign": [1],
                         "date_from": ["2025-03-10"], "date_to": ["2025-03-12"]})
    pred = pd.DataFrame({"file": ["a", "a", "a"], "actor": ["OKAFOR", "Okafor", "Okafor"], "stance": [2, 1, -1],
                         "date": pd.to_datetime(["2025-03-11", "2025-03-11", "2025-03-11"]),
                         "confidence": [0.5, 0.9, 0.9]})
    s = score(pred, gold)
    assert (s["tp"], s["fp"], s["fn"]) == (1, 2, 0)
    late = pred.assign(date=pd.Timestamp("2025-03-20"))
    assert score(late, gold)["tp"] == 0


def test_a_company_suffix_does_not_hide_the_name():
    gold = pd.DataFrame({"file": ["a", "a"], "actor": ["Coastline Timber Ltd.", "Business Council SA"],
                         "stance_sign": [1, -1], "date_from": ["2025-03-10"] * 2, "date_to": ["2025-03-12"] * 2})
    pred = pd.DataFrame({"file": ["a", "a"], "actor": ["Coastline Timber", "Business Council"], "stance": [1, -1],
                         "date": pd.to_datetime(["2025-03-11"] * 2), "confidence": [0.9, 0.9]})
    s = score(pred, gold)
    assert (s["tp"], s["fp"], s["fn"]) == (1, 1, 1)  # "SA" is also South Africa: not dropped
    ohio = pd.DataFrame({"file": ["a"], "actor": ["State of Ohio"], "stance_sign": [1], "date_from": ["2025-03-10"],
                         "date_to": ["2025-03-12"]})
    assert score(pred.assign(actor="Ohio AG").iloc[:1], ohio)["tp"] == 0  # "AG" is an attorney general
