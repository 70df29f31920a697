"""First names, a positive signal that a short capitalized line is a person ("Piotr Nowak" under a
headline with no date next to it), and where one name ends in a run of names glued by spaces.

Data: the first-name lists of the person providers of Faker 40.54.0 (https://github.com/joke2k/faker),
locales de_DE de_AT de_CH en_US en_GB en_IE fr_FR fr_CH es_ES es_MX es_AR it_IT pl_PL nl_NL nl_BE sv_SE
da_DK no_NO fi_FI pt_PT pt_BR cs_CZ sk_SK hu_HU ro_RO hr_HR sl_SI tr_TR ru_RU uk_UA el_GR lt_LT lv_LV
et_EE; month names that are rarely first names ("April", "June", "May") and all-caps entries left out. Faker's licence:

    Copyright (c) 2012 Daniele Faraglia

    Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
    associated documentation files (the "Software"), to deal in the Software without restriction,
    including without limitation the rights to use, copy, modify, merge, publish, distribute,
    sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
    furnished to do so, subject to the following conditions:

    The above copyright notice and this permission notice shall be included in all copies or
    substantial portions of the Software.

    THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
    NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
    NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
    OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
    CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""

FIRST_NAMES: frozenset[str] = frozenset("""
Aada Aage Aaliyah Aapo Aarne Aaro Aaron Aarón Aatos Abbas Abbi Abbie Abby Abdi Abdirahman Abdiş Abdul
Abdulbekir Abdulgazi Abdulkadir Abdullah Abdullahi Abdulmenaf Abdulsemet Abdurrahman Abdülahat Abdülcemal
Abdülhadi Abdülkerim Abdülsamed Abdürreşit Abel Abelardo Abelone Abid Abigail Abigaíl Abilio Abiye Abraham
Abram Abuzar Acar Acarkan Achiel Achille Achim Aclan Ada Adak Adal Adalbert Adalberto Adam Adamo Adasal
Adela Adelaida Adelardo Adelasia Adelbert Adele Adelgunde Adelheid Adelia Adelin Adelina Adelinde Adeline
Adelmo Adem Adi Adila Adina Adis Adlan Admir Adnan Adolf Adolfine Adolfo Adomas Adonis Adora Adoración
Adriaan Adrian Adriana Adriane Adrianna Adriano Adrien Adrienn Adrienne Adrija Adrijana Adrián Adriána
Adviye Adán Adèle Adéla Adélaïde Adıgün Aedan Aenne Afer Aferdita Afife Afonso Afrim Agapito Agata Agatha
Agathe Agim Aglaia Agne Agnes Agnesa Agnese Agneta Agnete Agnieszka Agnolo Agnos Agnès Agnė Agostina
Agostino Agripina Agris Agron Agustin Agustina Agustín Agáta Ahat Ahmad Ahmed Ahmet Ahsen Ahter Ahti Aicha
Aida Aidan Aideen Aiden Aiga Aigars Aija Aiko Aila Aileen Aili Ailis Aimee Aimo Aimé Aimée Aina Ainara Aine
Aino Ainoa Ainārs Airi Aisha Aisling Aislinn Aistis Aitana Aitor Aivar Aivaras Aivars Ajan Ajda Ajla Ajna
Akalan Akar Akatay Akay Akbaş Akboğa Akcivan Akdora Akdurmuş Akgöl Akgüneş Aki Akif Akise Akkerman Akmaner
Akmaral Aksay Aksel Akseli Aksoy Aksöğüt Aktemür Akver Akyıldız Akçabay Akçasu Aköz Akınal Alaaddin Alabezek
Alaeddin Alain Alan Alana Alanalp Alanis Alanna Alannah Alara Alastair Alattin Alaz Alba Alban Albano
Alberico Albert Alberta Alberte Albertina Albertine Alberto Alberts Albin Albina Albino Albrecht Albulena
Albín Albína Alcan Alcides Alderano Aldin Aldis Aldo Aldonza Ale Alea Alec Alejandra Alejandro Alejo Aleks
Aleksandar Aleksander Aleksandr Aleksandra Aleksandras Aleksandrs Aleksanteri Aleksei Aleksej Aleksi Alen
Alena Alenka Aleodor Alessandra Alessandro Alessia Alessio Alex Alexa Alexandar Alexander Alexandr Alexandra
Alexandre Alexandria Alexandrie Alexandrina Alexandros Alexandru Alexe Alexei Alexej Alexia Alexis Aleš Alf
Alfio Alfons Alfonsina Alfonso Alfonz Alfred Alfredo Alfréd Alfrēds Algirdas Algot Algış Ali Aliabbas Alica
Alice Alicia Alicja Alida Aliihsan Alin Alina Aline Alis Alisa Alise Aliseydi Alisha Alison Alissa Alistair
Alistar Alister Alix Alize Alja Aljaž Aljoša Alkor Alla Allan Allana Allegra Allen Allison Alma Almast Almir
Almudena Almus Almut Almuth Alois Aloisia Alojz Alojzia Alojzij Alojzija Alondra Alonso Aloys Alparslan
Alpcan Alphons Alphonse Alpin Alpsü Alsoy Altin Altoğan Altuğ Altınbike Altınkaya Altınçiçek Altınışın Alva
Alvar Alvaro Alve Alvin Alvīne Alwin Alwina Alwine Alyssa Alícia Alīda Alışık Alžbeta Alžběta Amada Amadeo
Amadeus Amado Amador Amalia Amalie Amalija Amancio Amanda Amandine Amando Amar Amarilis Amaro Amaya Amaç
Ambar Amber Ambrosio Ambróz Amedeo Amedeu Amela Amelia Amelie Amelija Amico Amie Amin Amina Amir Amira
Amleto Amor Amparo Amra Amre Amy Amza Amália Amélia Amélie América Américo Amílcar Amālija An Ana Anabel
Anabela Anabella Anacleto Anaida Anamaria Anargül Anas Anastasia Anastasie Anastasio Anastasios Anastazja
Anastázie Anatol Anatoli Anatolie Anatolij Anaïs Anca Ancuța Anda Anders Andiç Andjela Andjelina Andor Andra
Andrada Andre Andrea Andreas Andree Andreea Andrei Andreia Andrej Andreja Andrejka Andrejs Andres Andrew
Andrey Andrešs Andri Andrian Andrija Andrin Andrina Andris Andrius Andrus Andrzej András André Andréas
Andrée Andrés Andy Anděla Ane Anej Anel Anemona Anes Aneta Anete Anett Anette Anežka Angel Angela Angelica
Angelika Angelina Angelino Angelique Angelita Angelo Anghel Anghelina Angie Angus Angèle Angélica Angélique
Ani Anica Aniela Anika Anikó Anina Anisa Anita Anișoara Anja Anka Anke Ankica Ann Anna Annabel Annabell
Annabella Annabelle Annak Annalena Annaliese Annalisa Annalise Annamaria Annamarie Annamária Anne Annedore
Annegret Annegrete Annekatrin Anneke Anneleen Annelene Anneli Annelie Annelies Anneliese Annelise Annelore
Annemarie Annemette Annemie Annemijn Annerose Annett Annetta Annette Anni Annibale Annica Annick Annie
Anniina Annija Annika Annikki Annina Annita Annukka Annunziata Anny Anouk Ansaldo Anselm Anselma Anselmo
Ansgar Ansis Anssi Antal Antanas Ante Antero Anthony Antim Antje Anto Antoaneta Antoin Antoine Antoinette
Anton Antonela Antonella Antonello Antoni Antonia Antonie Antonietta Antonija Antonina Antonino Antonio
Antonios Antoniu Antonius Antons Antony Antonín Antoon Antoņina Antra Ants Antti Antun Antónia António
Antônio Anu Anunciación Anuța Aníbal Anđa Anđela Anže Aodhan Aoibheann Aoibhin Aoibhinn Aoife Apaydın
Apolena Apolinar Apollo Apollonia Apolonia Apostolos Araceli Aral Aran Aranka Arben Arbnor Arcan Arcelia
Arda Ardian Ardit Ardita Argu Ari Aria Ariadna Arian Ariana Ariane Arianna Arianne Aribert Arie Ariel Arielė
Arif Arifcan Arijus Arild Arina Aristide Aristides Aristița Arja Arkadiusz Arkut Arlette Arlind Arlinda
Armahan Armand Armandas Armando Armands Armas Armend Armida Armin Arminas Arnaldo Arnas Arnaud Arnaude Arnd
Arndt Arne Arnfried Arnim Arnis Arno Arnold Arnoldas Arnolds Arnošt Arnulf Arnulfo Aroa Aron Aronas Arpağ
Arpád Arran Arron Arsenie Arsenio Arsim Arta Artan Artemio Artemisa Arthur Artis Arto Arttu Artturi Artur
Arturo Arturs Artūras Artūrs Aru Arvid Arvo Arvydas Arvīds Arziye Arzu Aránzazu Arıel Arıkol Arıpınar Arısoy
Arūnas Asafe Asalet Asbjørn Ascensión Asdrubal Asger Ashlee Ashleigh Ashlene Ashley Ashling Ashton Asia
Asiman Asko Aslanhan Asliye Assar Assunta Asta Aston Astrid Astrit Asu Asunción Asım Atagün Atalay Atanur
Atasagun Atatöre Atena Atenulf Atgun Athanasios Atila Atilhan Atilio Atiyye Atnan Atte Attila Atılgan Aud
Aude Audrey Audrius August Augusta Augustas Auguste Augustin Augustina Augusto Augusts Augustín Aukusti
Aulikki Aulis Aune Aura Aurel Aurelia Aurelian Aureliana Aureliano Aurelija Aurelio Aurica Aurică Aurimas
Aurora Aurore Aurélia Aurélie Aurėja Ausma Austin Austra Autumn Aušra Aušrinė Ava Avgust Avni Avram Avunç
Avşin Axel Axelle Axenia Axinte Aya Ayasun Ayaydın Aybet Aybora Aycagül Aydar Ayden Aydinç Ayduru Aydınbey
Ayesha Aygutalp Aygönenç Ayhan Aykut Aykutalp Ayla Aylil Aylin Aylla Ayman Aynilhayat Aynur Aynımah Ayoub
Aypar Ayse Aysel Aysema Aysevim Aysoy Aysuna Aytek Ayten Aytuna Aytöz Ayvas Ayyaruk Ayçan Ayülker Ayşan
Ayşeana Ayşenur Azade Azahar Azahara Azeglio Azeneth Azettin Aziz Azize Azra Azucena Açıkel Açılay Ağakişi
Ağbegim Ağmur Aşhan Aşir Baba Babett Babette Baccio Badegül Bahaddin Bahittin Bahtinur Baiba Bailey Bailie
Bajram Baki Balatekin Balca Baldassare Baldomero Balduino Baldur Bali Ballı Baltasar Baltaş Balthasar Balz
Balázs Banü Baptist Bara Barak Barbara Barbora Barbro Barbu Barica Baris Bariş Barna Barnabás Barry Barsen
Bart Bartek Bartholomäus Bartolomej Bartolomeo Bartolomeu Bartolomé Barışcan Bas Basarab Bashkim Basil
Basilio Basriye Bastiaan Bastian Basım Baturay Batırhan Baudelio Bautista Baydu Baykan Bayman Bayram
Bayruhan Baytal Bayzettin Bağdat Bağdaş Başay Başhan Başok Beat Beata Beate Beatrice Beatrijs Beatrix
Beatriz Beau Bebe Becky Beda Bedi Bediriye Bedri Bedřich Begim Begoña Behiza Behrem Bekbay Bekim Bekir
Bektaşi Bela Belen Belgizar Belinda Belkize Bella Bellisan Belo Belén Ben Benas Bence Bendegúz Benedek
Benedetto Benedict Benedicte Benedikt Benedikte Benedita Benek Bengibay Bengt Beni Beniamin Benice Benicio
Benigna Benigno Benita Benito Benjamim Benjamin Benjamín Benjámin Benn Benno Benny Benoit Benol Benone
Benoît Bent Bente Benthe Bento Benvenuto Benício Beppe Berat Beray Beren Berend Berenice Bergen Berit Beriye
Berkal Berki Berksay Bernabé Bernadett Bernadette Bernard Bernarda Bernardino Bernardita Bernardo Bernd
Berndt Bernfried Bernhard Bernhardine Bernt Bernward Berra Berran Berrin Bert Berta Bertalan Bertha Berthe
Berthold Bertil Berto Bertold Bertram Bertrand Besart Besarta Besey Besim Besin Besnik Beste Beth Bethan
Bethany Betina Betti Bettina Betty Beverley Beverly Beyda Beyhatun Beyler Beyzade Bezek Beáta Beňadik Biagio
Bianca Bianka Bibi Bibiana Bibiána Bican Bidayet Bieke Bienvenida Bilal Bilay Bilender Bilgen Bilginur
Bilgütay Biljana Bilkay Bill Billy Biltaş Binay Binbaşar Binışık Birben Birger Birgid Birgit Birgitt
Birgitta Birgitte Birgül Birsan Birsen Birte Birthe Biruta Biserka Bitten Bitül Bişar Bjarne Bjorn Björn
Bjørg Bjørn Blahoslav Blaine Blake Blanaid Blanca Blanduzia Blanka Blas Blaž Blažej Blažena Blerim Blerina
Blerta Bluette Bo Boaz Bob Boban Bobby Bodil Bodo Boe Boel Bogdan Bogdana Boglárka Bogomir Bohdan Bohdana
Bohumil Bohumila Bohumír Bohuslav Bohuslava Bohuš Bojan Boleslav Bonifacio Bonifác Bonnie Borahan Borataş
Borbála Boris Borja Borris Borut Borys Botond Boynak Bozbağ Bozena Bozerk Boztaş Boğatimur Bořivoj Boštjan
Božena Božica Božidara Božo Brad Bradley Brady Brahim Bram Brandi Brandon Brandy Branislav Branislava Branka
Branko Brayan Breandan Breanna Brecht Breda Brencis Brenda Brendan Breno Brent Brett Brian Briana Brianna
Bridget Briek Brigid Brigita Brigitta Brigitte Brit Brita Britt Britta Brittany Brittney Brogan Bronach
Bronagh Bronislava Brooke Brooklyn Bror Broņislava Bruce Bruna Brunhild Brunhilde Bruni Brunilda Bruno Bryan
Bryce Bryony Brândușa Brígida Brăduț Bucur Buenaventura Buhari Bujar Bukurije Bulunç Burak Burakhan
Burckhard Burcuhan Burghard Burim Burkard Burkhard Burkhardt Burç Buyrukhan Buşra Bystrík Bálint Bárbara
Bärbel Béatrice Béla Börje Börteçin Bøje Børge Büget Bünyamün Büreyre Büşranur Bănel Bērends Bērtulis Błażej
Břetislav Cabir Caetana Cahal Cahir Cailin Cailum Caio Caitlin Caitlyn Caitriona Caius Cajsa Cal Calcedonio
Caleb Calebe Calista Calisto Calixta Calixto Callan Callum Calogero Calum Calvin Camelia Cameron Camil
Camila Camilla Camille Camillo Camilo Can Canal Canan Canberk Candace Candela Candelaria Candelario Candelas
Candeniz Candice Canfeza Cangür Cannur Canseven Cansin Cantemir Cantez Canur Caoilfhionn Caoimhe Caoimhin
Caolain Caolan Caomhan Capucine Cara Caragh Caren Caridad Carin Carina Carine Carita Carl Carla Carlijn
Carlito Carlo Carlos Carlota Carlotta Carly Carmel Carmela Carmelita Carmelo Carmen Carmina Carmine Carminho
Carol Carola Carole Carolien Carolin Carolina Caroline Carolyn Carrie Carsten Carter Cas Casandra Casemiro
Casey Casian Casiana Caspar Casper Cassandra Cassidy Cassie Catalina Catarina Caterina Cathal Catharina
Catherine Cathleen Cathrin Cathrine Cathy Catia Catinca Cato Catrin Catrina Catrine Catrinel Catriona Cauã
Cauê Cavit Cayetana Cayetano Cazimir Ceara Cebesoy Cebrián Cecile Cecilia Cecilie Cecilija Cecilio Cecília
Cedide Cedric Cedrin Ceferino Celal Celestina Celestino Celia Celilay Celina Celine Celso Cem Cemal
Cemalettin Cemil Cemiyle Cenan Cengiz Centa Cerasela Cercis Cesar Cesare Cetin Cevale Cevheri Ceyhun Ceylin
Cezar Cezara Cezary Cezayir Chad Chantal Chantel Chantelle Charis Charlene Charles Charlie Charline Charlott
Charlotta Charlotte Charo Chase Che Chelo Chelsea Chelsey Chema Cherie Cherith Cheryl Cheyenne Chiara Chita
Chloe Chloé Chloë Chris Christa Christel Christelle Christer Christiaan Christian Christiana Christiane
Christianne Christie Christin Christina Christine Christl Christof Christofer Christoffer Christoph
Christophe Christopher Christos Christy Chucho Chus Chuy Cianan Ciara Ciaran Ciarrai Cihan Cihandide Cilli
Cillian Cilly Cindoruk Cindy Cintia Cinzia Ciprian Cipriana Cipriano Ciriaco Ciril Cirillo Cirino Cirkeline
Ciro Ciríaco Citlali Claas Claes Claire Clara Clare Clarence Clarice Clarisa Clarissa Clark Clas Claude
Claudia Claudine Claudio Claudiu Claudius Claus Clavs Clayton Clelia Clemens Clemente Clementina Cleopatra
Cleto Clifford Clinton Cliodhna Cliona Clive Clodagh Cloe Clotilde Cláudia Cláudio Cläre Clémence Clímaco
Codie Codin Codrin Codrina Codruț Codruța Cody Cole Colette Colin Colleen Collette Collin Colm Colton
Coluccio Colum Conal Conall Conan Concepción Concetta Concha Conchita Conchur Conn Connie Connor Conny Conor
Conrad Conrado Constance Constant Constantin Constantina Constantino Constanza Constanze Constança Constanța
Consuela Consuelo Cora Coral Coralia Coralie Cord Cordula Corey Corina Corine Corinna Corinne Coriolano
Cormac Cornel Cornelia Cornelio Cornelis Corneliu Cornelius Corona Corrado Corrie Corsin Cortney Corvin Cory
Cosima Cosimo Cosme Cosmin Cosmina Costache Costantino Costanzo Costel Costin Courteney Courtney Coşkun
Craig Crenguța Crescencia Crin Crina Cristal Cristea Cristian Cristiana Cristiano Cristina Cristobal
Cristofor Cristóbal Cruz Crystal Csaba Csilla Csongor Ctibor Ctirad Cuheyna Cuman Curdin Curro Curt Curtis
Custodia Custodio Cvetka Cvetko Cynthia Cyprian Cyprián Cyriel Cyril Cyrill Czeslaw Cándida Cándido Cátia
Cäcilia Cäcilie Cécile Cédric Célia Célina Céline César Cüneyit Călin Cătălin Cătălina Daan Dace Dacian
Daciana Dafina Dafne Dag Dagmar Dagmara Dagny Dagobert Daiana Daiga Daina Dainis Dainius Daire Dairine Daisy
Dajana Dakota Dalan Dale Dalia Dalibor Dalila Dalkılıç Dalton Damaris Damian Damiano Damien Damijan Damir
Damián Damjan Damjana Damlanur Damon Dan Dana Dani Danica Daniel Daniela Daniele Danielius Daniella Danielle
Daniels Danijel Danijela Danilo Danique Danièle Daniël Danny Dante Danuta Danuše Dany Danış Daphne Dara
Darcy Dardan Daria Dariana Darija Darin Darina Darinka Dario Darius Dariusz Darja Darko Darlene Darragh
Darrell Darren Darryl Daryl Darío Dave Davi David Davide Davor Davorin Davy Dawid Dawn Dayar Dayna Dağistan
Deaglan Dean Deane Deanna Dearbhail Dearbhaile Dearbhla Debbie Debby Debora Deborah Debra Decebal Declan
Deha Deirbhile Deividas Dejan Del Delfina Delfino Delia Delil Delphine Demeter Demetra Demetrio Demi
Demirbüken Demiriz Demirok Demiryürek Denis Denisa Denise Deniz Denizalp Denkel Dennis Denny Derek Derkay
Dermot Derrick Dervla Derya Deryanur Desiderio Desiree Desirée Desmond Despina Destiny Detlef Detlev Devin
Deviner Devon Dewi Dex Dezider Dezső Değer Değmeer Diamond Diana Diane Diar Diarmuid Dick Dida Didier Didina
Diederik Diedrich Diego Dierk Dieter Diethard Diethelm Diether Dietlind Dietlinde Dietmar Dietrich Dijana
Diken Dilara Dilcan Dilder Dilfeza Dilhuş Dillon Dilsitan Dilşat Dimas Dimitri Dimitrina Dimitrios Dina
Dincer Dinis Dino Dinu Dinçkol Dinçsü Diogo Dion Dionigi Dionisia Dionisio Dionne Dionýz Dirican Dirk Dirlik
Dita Ditmar Ditte Dittmar Divan Diána Diāna Dmitri Dobromila Dobroslav Dobroslava Dochia Dogan Doina Dolores
Dolun Dom Domagoj Domantas Domas Domen Domenic Domenica Domenico Domhnall Dominga Domingo Domingos Dominic
Dominik Dominika Dominique Dominyka Dominykas Domitila Domnica Don Donal Donald Donat Donata Donatas
Donatella Donatello Donato Donna Dora Doreen Dorel Dorian Doriana Dorien Dorin Dorina Dorine Dorinel Doris
Dorit Dorita Dorle Dorli Dorota Dorotea Doroteja Dorothe Dorothea Dorothee Dorothy Dorothée Dorottya Dorte
Dorthe Doru Dorukhan Douglas Dovilė Dovydas Doğanalp Doğannur Doğanşah Doğuhan Draga Dragan Dragana Dragica
Drago Dragoș Dragutin Drahomír Drahomíra Drahoslav Drahoslava Dražen Drew Dries Drilon Drita Driton Duane
Duarte Ducu Duha Duilio Duje Dulce Dumitra Dumitrana Dumitru Duncan Dunja Duracan Durante Durdali Durgadin
Durmuşali Dursadiye Dursun Duruk Duruöz Dusan Dustin Duuk Duyguhan Dušan Dušanka Dwayne Dylan Dylano Dzidra
Dzintars Dzintra Dániel Dávid Dáša Débora Déborah Dénes Désirée Dóra Dölensoy Döner Dörte Dörthe Dündaralp
Dürrüşehvar Dārta Dāvis Eadaoin Eamon Eamonn Earl Eba Ebba Ebbe Eberhard Eberhardt Ebony Ebuakil Ecaterina
Ecegül Ecemiş Eckard Eckart Eckehard Eckhard Eckhardt Eckhart Ecrin Eda Edaviye Edda Eddie Eddy Edel
Edelbert Edelgard Edelmira Edelmiro Edeltraud Edeltraut Edeltrud Eden Eder Edgar Edgaras Edgard Edgardo
Edgars Edgübay Edin Edina Edit Edita Edith Editha Edmond Edmund Edmundo Edmunds Edoardo Edon Edona Edouard
Edu Eduard Eduarda Eduardo Eduards Edvard Edvardas Edvin Edvinas Edvīns Edward Edwin Edīte Eelis Eemeli
Eemil Eerik Eero Eetu Eeva Efe Efil Eflâtun Efraín Efser Eftimia Eftimie Egbert Egenur Eggert Egidijus Egil
Egils Eglė Egon Egzon Egzona Ehrenfried Ehrentraud Ehrhard Eidvilė Eija Eila Eileen Eilis Eilish Eimantas
Eimear Eimer Eimhear Einar Einari Einer Eino Eira Eirik Eitel Eivind Eivor Ekaterina Ekber Ekkehard Ekkehart
Ekmel Ekrem El Ela Eladio Elaine Elamiye Elba Elda Elea Eleanor Eleanora Elemér Elena Eleni Elenore Eleonor
Eleonora Eleonore Eleonóra Eleuterio Elfi Elfie Elfriede Elgin Elhan Eli Elia Eliana Eliane Elias Elien Elif
Elifnur Eligia Eligio Eliisa Elijah Elin Elina Eline Elinor Elio Elis Elisa Elisabet Elisabeta Elisabete
Elisabeth Elisabetha Elisabetta Elisaveta Elise Eliseo Elisha Elita Eliza Elizabeta Elizabete Elizabeth
Elize Eliáš Eliška Elke Ella Elladio Ellen Elli Ellie Ellinor Elliot Elliott Elly Elma Elmar Elmer Elmeri
Elmo Elmārs Elna Elnur Eloah Elodia Elodie Elof Eloisa Eloise Elona Eloy Eloá Eloísa Eloïse Elpidio Els Elsa
Elsbeth Else Elsebeth Elsie Elsy Elton Elvan Elvia Elvin Elvira Elvis Elvy Elvíra Elvīra Elwira Elyas Elza
Elzbieta Eléonore Elías Elöve Elīna Elżbieta Ema Emal Emanoil Emanuel Emanuela Emanuele Emanuella Emanuelly
Emanuil Emelie Emelina Emely Emer Emese Emiel Emigdio Emil Emile Emilia Emilian Emiliana Emiliano Emilie
Emilija Emilio Emilis Emilly Emily Emin Emina Emine Emir Emirşan Emiş Emma Emmanuel Emmanuelle Emmerich
Emmet Emmett Emmi Emmy Emperatriz Emre Emrullah Emília Emīlija Emīls Enar Encarna Encarnacion Encarnación
Encarnita Enda Endre Endrit Enea Enes Enfes Engelbert Engin Enginiz Engla Enikő Enis Enna Ennio Enno Enrico
Enrika Enrique Ensar Ensari Ensio Enver Enya Enzio Enzo Eoghan Eoin Epifanio Eral Eraldo Erasmo Eraycan
Erbay Erbil Ercan Ercihan Erdal Erdemer Erdibay Erdmute Erdogan Erdursun Erem Eremia Eren Erenalp Erensoy
Ergener Erginel Ergönül Ergül Ergün Erhard Erhardt Eric Erica Erich Erick Erik Erika Erikas Erin Erina
Erinçer Erion Eriş Erkan Erkinel Erkki Erksoy Erkılıç Erland Erling Ermanis Ermanno Ermenegildo Ermes
Ermutlu Erna Ernest Ernestas Ernestine Ernesto Ernests Ernst Ernő Erol Eroğul Ersel Erseç Ertan Erten
Ertuncay Ertün Ervaniye Ervin Ervín Erwin Eryk Eryn Eryıldız Erzsébet Eröz Erşat Esa Esben Esenbay Esengün
Esentürk Esila Eskil Eskinalp Esko Esma Esmanperi Esmarelda Esmee Esmeralda Esmée Esna Esparta Espartaco
Espen Esperanza Espiridión Esra Essi Esteban Estefanía Estela Estelle Ester Estera Esteri Esther Estrella
Eszter Etela Etelka Etelvina Ethan Ethel Etienne Etta Ettore Euan Eufemia Eufrosina Eugen Eugene Eugenia
Eugenie Eugenio Eugène Eugénia Eulalia Eulália Eunan Eunika Eusebia Eusebio Eusebiu Eustaquio Eustațiu
Eutimio Eutropio Eva Evald Evaldas Evamaria Evan Evangelia Evangelina Evangelista Evangelos Evanghelina
Evaristo Evcimen Evde Eve Evelia Evelien Eveliina Evelin Evelina Eveline Evelio Evelyn Evelyne Evelína Evert
Evi Evie Evija Evita Evrim Evrimer Evy Ewa Ewald Ewan Ewelina Eyyüp Ezequiel Ezgin Ezgütekin Ezio Eşim Eşref
Faas Fabia Fabian Fabiana Fabienne Fabio Fabiola Fabián Fabiënne Fabrice Fabricio Fabrizia Fabrizio Facundo
Fadil Fadile Fadime Fadıla Fahrullah Fainche Faith Faize Falk Falko Fami Fanni Fanny Farah Faruk Fatigül
Fatih Fatiha Fatima Fatime Fatinur Fatma Fatmanur Fatmir Fatmire Faton Faustas Faustino Fausto Fay Faye
Fayize Fazul Feargal Fearghal Febe Fedde Fedele Feden Federica Federico Federigo Fedor Fehim Fehmiye Felice
Felicia Feliciana Feliciano Felicidad Felicitas Feliks Feline Felipa Felipe Felisa Felix Felizitas Fem Femke
Fenna Fenne Fenni Ferahdiba Ferat Feraye Ferdi Ferdinand Ferdinando Feremez Ferenc Fergal Fergus Ferhan
Ferihan Ferinaz Fermuta Fermín Fernand Fernanda Fernande Fernando Ferre Fersan Feryas Ferzi Fetullah Feyha
Feyruz Feyzin Feza Fiamma Fidaye Fidel Fidela Fien Fiene Fildan Filip Filipa Filipe Filippa Filippo Filit
Filiz Filofteia Filomena Filoména Finbar Finn Fintan Fiodor Fiona Fionntan Fionnuala Fiorenzo Fiorino
Firdevis Fisnik Fitim Fitnat Fito Fitore Flamur Flavia Flavio Flaviu Flemming Fleur Floare Floarea Floor
Floortje Flor Flora Flore Florea Florence Florencia Florencio Florent Florentin Florentina Florentine
Florentino Florența Florian Floriana Floriane Florica Florim Florin Florina Florinda Floris Florián Flurin
Flurina Folke Folker Folkert Fortunata Fortunato Fran Franc Franca Frances Francesca Francesco Franci
Francine Francis Francisc Francisca Francisco Franciscus Franciska Franciszek Franck Franco Francoise Franjo
Frank Franka Franklin Franky Frans František Františka Franz Franziska François Françoise Frančišek Frauke
Frazer Fred Freddy Frede Frederic Frederick Frederico Frederik Frederika Frederike Frederikke Frederique
Fredi Fredo Fredric Fredrik Fredrika Fredy Freia Freja Freya Fricis Frida Fridolin Fridrich Frieda Friedbert
Friedemann Frieder Friedericke Friederike Friedhelm Friedhilde Friedhold Friedl Friedlinde Friedo Friedrich
Frithjof Fritz Frode Frusina Fryderyk Frédéric Frédérique Fulgencio Fulvio Fuma Fuzuli Fynn Fábio Fátima
Féline Félix Fügen Gabel Gabi Gabino Gabor Gabriel Gabriela Gabriele Gabrielius Gabriella Gabrielle
Gabrielly Gabriël Gaby Gael Gaetano Gaia Gaida Gail Gaja Gal Gala Galasso Galina Galip Galo Gani Ganimete
Ganiye Gareth Garrett Garry Gary Gaspar Gaspare Gaston Gastone Gastón Gatis Gavin Gazel Gazmend Gaëlle
Gašpar Geanina Gebhard Gediminas Geert Geir Gejza Gelengül Gelsomina Gelu Gema Gemma Genaro Gencaslan Gene
Geneviève Gennaro Genovefa Genoveva Gençay Gențiana Geoffrey Georg George Georgel Georges Georgeta Georgette
Georgia Georgian Georgiana Georgina Georgine Georgios Gerald Geraldine Geraldo Gerard Gerarda Gerardo
Gerardus Geray Gerd Gerda Gerdi Gereon Gerfried Gergely Gergő Gerhard Gerhardt Gerhart Gerhild Gerlind
Gerlinde Germaine German Germana Germán Gernot Gero Gerold Gerolf Geronimo Gerrit Gerry Gert Gerta Gerti
Gertraud Gertraude Gertraut Gertrud Gertrude Gertrudis Gertrúda Gervasio Gerwin Gerónimo Gesa Gesche Gesine
Geta Geza Ghenadie Gheorghe Gheorghiță Gherghina Ghislain Ghislaine Ghiță Giacinto Giacobbe Giacomo Giada
Giampaolo Giampiero Gian Giancarlo Gianfrancesco Gianfranco Gianina Gianluca Gianluigi Gianmarco Gianna
Gianni Gianpaolo Gianpietro Gicu Gică Giedrius Giedrė Giel Giesela Gijs Gil Gilbert Gilberte Gilberto Gilda
Giles Gilles Gillian Gillis Gilman Gina Ginette Gino Gintarė Ginyas Gioacchino Gioachino Gioele Gioffre
Gioia Gion Gionata Giorgia Giorgian Giorgiana Giorgio Giosuè Giovanna Giovanni Girolamo Gisa Gisbert Gisela
Gislinde Gisèle Gitta Gitte Giulia Giuliana Giuliano Giulietta Giulio Giuseppa Giuseppe Giuseppina Giustino
Giz Gizela Gizella Gladys Glauco Glen Glenda Glenn Gloria Goda Godelieva Godelieve Godofredo Goffredo
Goncafer Gonzalo Gonçalo Goran Gorazd Gordana Gordon Gorm Gottfrid Gottfried Gotthard Gotthilf Gotthold
Gottlieb Gottlob Goyo Grace Gracia Graciana Graciano Graciela Graeme Graham Grainne Grant Grazia Graziano
Graziella Grazyna Grațian Grațiana Grațiela Greca Greco Greet Greg Grega Greger Gregg Gregor Gregorian
Gregorio Gregory Greta Gretchen Grete Gretel Grethe Gretl Griet Grieta Grigore Griselda Grit Gro Grzegorz
Grégoire Gréta Grēta Guadalupe Guarino Gudrun Gudula Guenter Guenther Guglielmo Guido Guilherme Guillaume
Guillermina Guillermo Guiomar Guiseppe Gun Gunar Gunborg Gunda Gundel Gundhild Gundi Gundolf Gundula Gunhild
Gunilla Gunita Gunn Gunnar Gunnel Gunner Gunta Guntars Gunter Gunther Guntis Guntram Gunvor Gunārs Gurli
Gust Gustaaf Gustaf Gustas Gustav Gustavo Gustaw Gusti Gustáv Gusztáv Guus Guusje Guy Gwendolyn Gyda Gytis
Gytė Gyula Gyöngyi György Györgyi Győző Gzim Gábor Géraldine Gérard Géza Gök Gökay Gökbudun Göken Gökhan
Göknur Gökperi Göksev Gökten Gökçe Gökçebalan Gökçil Göli Gönen Gönül Göran Görgünay Görklü Görsev Gösta
Göte Götz Gözel Gözem Gücal Gül Gülay Gülağa Gülbani Gülbeyan Gülbiye Gülcegün Güldam Gülder Güldünya Gülel
Gülenay Güler Gülev Güleğen Gülfari Gülfeza Gülgen Gülgüzel Gülhisar Gülinaz Gülkadın Güllühan Gülmisal
Gülnaziye Gülper Gülsalın Gülselin Gülsen Gülseren Gülsevil Gülsiye Gülsü Gülten Gülter Gülzadiye Gülçe
Gülözge Gülüs Gülşa Gülşahin Gülşeref Gümüştekin Günar Günaydin Günden Gündüzalp Günebakan Güneri Güngördü
Güngören Günkurt Günsel Günser Günter Günther Günver Günşen Gürarda Gürcüye Gürelcem Gürsal Gürten Güverçin
Güzey Güçal Güçlüer Güçyeter Habibe Haciali Hacile Hadassa Hadrey Hafıza Hagen Hailey Hajnalka Hajo Hakan
Hakikat Halenur Haley Halidun Halil Halina Haliye Haluk Hami Hamid Hamish Hamiyet Hampus Hamza Hana Hanbiken
Hanedan Hanife Hanim Hanna Hannah Hannchen Hanne Hannele Hannelore Hannes Hanni Hanno Hanns Hannu Hanny Hans
Hansgeorg Hansjoachim Hansjörg Hansjürg Hansjürgen Hanspeter Hansruedi Hanss Hansueli Hansultan Haralamb
Haralambie Harald Harbinaz Hardy Harijs Haris Hariz Harm Harold Haroldo Harri Harriet Harro Harry Hartmut
Hartmuth Hartwig Harun Harvey Hasan Hasbek Hasgül Hasret Hassan Hasso Hatem Hatice Hatin Hava Havali Havse
Hayali Hayden Haydée Hayel Hayleigh Hayley Hayret Hayrünnisa Hazel Hazine Hazrat Heather Hector Hedda Hedi
Hedvig Hedviga Hedvika Hedwig Hedy Hege Heide Heidelinde Heidelore Heidemarie Heiderose Heidi Heidrun Heidy
Heike Heikki Heiko Heimo Heiner Heinfried Heini Heino Heinrich Heinz Heitor Hekime Hekmet Heleen Helen
Helena Helene Helfried Helga Helge Heli Helinä Heliodoro Hella Helle Hellena Hellevi Hellmut Hellmuth Helma
Helmar Helmer Helmi Helmtrud Helmut Helmuth Heloisa Heloísa Helvi Helén Heléne Helēna Hendrik Henife Henk
Henna Henner Henni Henning Henny Henri Henric Henrich Henricus Henrieta Henrietta Henriette Henrik Henrike
Henrikki Henriks Henrique Henry Henryk Heracleea Heraclio Herbert Herberto Herdis Heribert Heriberto
Herlinde Herma Herman Hermanis Hermann Hermanni Hermelinda Hermenegildo Hermina Hermine Herminia Herminio
Hermína Hernando Hernán Herrmann Herta Hertha Herwig Heva Heyvetullah Hezniye Hidde Hidir Hilario Hilary
Hilayda Hilda Hildburg Hilde Hildegard Hildegart Hildegund Hildegunde Hilding Hilkka Hillevi Hilma Hilmar
Hiltraud Hiltrud Hindal Hinet Hinrich Hipólito Hiçsönmez Hjalmar Hjalte Hjördis Holger Hollie Holly Holm
Homero Honoré Horacio Horațiu Horea Horia Horst Hortense Hortensia Hortenzia Horymír Howard Hoşkadem Hrvoje
Huban Hubert Hubertine Hubertus Hudavent Hugh Hugo Hugues Huguette Hulda Humberto Hunalp Hunor Hunter
Hurican Hurşide Hussein Huzuri Hynek Håkan Håkon Håvard Héctor Hélène Hüda Hükümdar Hülya Hümeyra Hürdoğan
Hürmet Hüryaşar Hürüyet Hüseyin Hüsmen Hüsnühâl Hıfzullah Iacob Iain Ian Iancu Ianis Iara Iasmina Ib Iben
Ibolya Ibrahim Ibán Ica Ida Idriz Idun Idık Ieremia Ieva Ignace Ignacia Ignacio Ignacy Ignas Ignatz Ignaz
Ignazio Ignác Ignė Igor Igors Iida Iiris Iisakki Ika Iker Ilari Ilaria Ilarie Ilarion Ildefonso Ildiko
Ildikó Ildız Ileana Ilenia Ilga Ilgı Ilhan Ilias Ilie Ilija Ilinca Ilir Ilja Ilka Ilkka Ilmari Ilmārs Ilona
Ilonka Ilse Ilyas Ilze Imane Imants Imelda Imer Imke Immo Imran Imre Imrich Ina Inaya India Indira Indra
Indrek Indriķis Indrė Indy Ine Ines Inese Ineta Inez Inga Ingalill Ingbert Inge Ingeborg Ingeburg Ingegerd
Ingegärd Ingela Ingelise Ingelore Ingemar Inger Ingetraud Ingetraut Ingmar Ingo Ingolf Ingrid Ingrida
Ingried Ingrīda Inguna Ingvar Inka Inken Inkeri Inmaculada Inna Inocencio Inocențiu Insa Inta Inès Inés Inês
Ināra Ioan Ioana Ioanina Ioannis Iolanda Ion Iona Ionel Ionela Ionelia Ionică Ionuț Iosefina Iosif Ippazio
Ira Irena Irene Irfan Iridenta Irina Irinel Iris Irja Irma Irmantas Irmela Irmeli Irmengard Irmgard Irmhild
Irmi Irmingard Irmtraud Irmtraut Irmtrud Iryna Irène Irén Iréne Irēna Irıs Isa Isaac Isabel Isabela Isabell
Isabella Isabelle Isabelly Isac Isadora Isaiah Isak Isaque Isaura Isaías Ise Isidor Isidora Isidoro Isidro
Isis Ismael Ismail Ismet Ismo Ismık Isolde Israel Istvan István Itzel Itziar Iulia Iulian Iuliana Iuliu
Iurie Iustin Iustina Iustinian Iva Ivan Ivana Ivanka Ivano Ivar Ivars Iver Iveta Ivica Ivka Ivo Ivona Ivonne
Ivy Iván Iwan Iwo Iwona Izabela Izabelė Ize Izidor Iztok Iľja Işin Işıkay Işıman Işın Jaak Jaakko Jaan Jaana
Jaanus Jacek Jacinta Jacinto Jack Jackie Jackson Jaclyn Jacob Jacobine Jacobo Jacobus Jacopo Jacqueline
Jacques Jade Jadranka Jadwiga Jael Jafet Jaime Jaka Jake Jakob Jakobs Jakov Jakub Jalmari Jamal James Jamie
Jan Jana Jane Janet Janeta Janett Janette Janez Jani Janic Janice Janick Janik Janin Janina Janine Janis
Janja Jankat Janko Jann Janna Janne Janni Jannie Jannik Jannis Jano Janos Janosch Janus Janusz Jaqueline
Jara Jared Jari Jarkko Jarl Jarlath Jarmila Jarmo Jarne Jarno Jarolím Jaromír Jaromíra Jaron Jaroslav
Jaroslava Jaroslaw Jaruthip Jasin Jasmijn Jasmin Jasmina Jasmine Jasminka Jasna Jason Jasper Javi Javier
Javiera Jay Jayda Jayde Jayden Jaylinn Jayne Jayson Jazmin Jazmín Jaël Jean Jeana Jeanette Jeanine Jeanne
Jeannette Jeannine Jef Jeff Jeffery Jeffrey Jekaterina Jele Jelena Jelka Jelle Jelte Jemma Jena Jenaro Jenel
Jenna Jenni Jennie Jennifer Jenny Jens Jente Jenő Jeppe Jere Jeremi Jeremiah Jeremias Jeremy Jeremías Jerguš
Jerica Jerker Jermaine Jernej Jerneja Jeroen Jerome Jeronimo Jerry Jerzy Jerónimo Jesper Jesse Jessica
Jessie Jessika Jessy Jesus Jesusa Jesús Jet Jetmir Jeton Jevgeni Jezups Jil Jill Jillian Jim Jimena Jimmie
Jimmy Jindřich Jindřiška Jinthe Jip Jiri Jitka Jiřina Jiří Jo Joachim Joacim Joakim Joan Joana Joann Joanna
Joanne Joannes Joao Joaquim Joaquin Joaquina Joaquín Job Jobst Jocelyn Jocelyne Jochem Jochen Jodi Jodie
Jody Joe Joel Joelle Joep Joerg Joeri Joey Johan Johana Johann Johanna Johanne Johannes Johans John
Johnathan Johnnie Johnny Johny Joke Jokūbas Jolana Jolanda Jolanta Jolanthe Jolene Jolie Jolien Jolijn
Joline Jolán Jon Jona Jonah Jonas Jonatan Jonathan Jonathon Joni Jonna Jonny Jonás Jonáš Joona Joonas
Joonatan Joost Joppe Joran Jordan Jordana Jordi Jordon Jordy Jordán Joren Jorge Joris Jorma Jorn Jort Jorunn
Jorūnė Jos Jose Josef Josefa Josefiina Josefin Josefina Josefine Josep Joseph Josepha Josephina Josephine
Josephus Josette Josh Joshua Josiane Josip Josipa Joso Josse Jost Josua Josué José Josée Joséphine Jouko
Jouni Jovan Jovana Jovita Joy Joyce Jozef Jozefína Jozo João Joël Joëlle Joško Jožef Jožefa Jožica Juan
Juana Juanita Juanito Jude Judit Judita Judith Judy Juergen Juha Juhana Juhani Juho Jukka Jules Julia Julian
Juliana Juliane Julianna Julie Julien Julienne Julieta Juliette Julija Julijana Julio Julita Julius Juliusz
Julián Juna Junior Juozas Juraj Jure Jurgen Jurgita Juri Jurij Juris Jurre Jussi Justas Justin Justina
Justinas Justine Justus Justyna Justína Jusuf Jutta Juul Juulia Juuso Jyrki Jytte Ján János Jázmin Jérôme
Jéssica Józef József Jörg Jörgen Jörn Jørgen Júlia Július Jürg Jürgen Jüri Jānis Jāzeps Jēkabs Jēkaubs
Jędrzej Jūla Jūle Jūlija Jūlijs Kaan Kaarina Kaarlo Kaat Kacper Kader Kadri Kadınana Kahir Kai Kaija Kaique
Kaisa Kaitlin Kaitlyn Kaj Kaja Kajetan Kajsa Kajus Kalervo Kalevi Kalgay Kalina Kalle Kaltrina Kamar Kamiel
Kamil Kamila Kamilly Kanak Kandef Kane Kanpulat Kapagan Kara Karabaş Karaca Karaer Karakucak Karanbay
Karataş Karcan Kardelen Karel Karen Kari Karim Karima Karin Karina Karine Karl Karla Karley Karlfried
Karlheinz Karlijn Karlo Karlukhan Karlīna Karmen Karol Karola Karolien Karoliina Karolin Karolina Karoline
Karolis Karolína Karsten Kasim Kasimir Kaspar Kaspars Kasper Kastriot Kata Katalin Katariina Katarina
Katarzyna Katarína Katarīna Katcha Kate Katelijne Katelyn Katerina Kateřina Katharina Katharine Katherina
Katherine Kathi Kathleen Kathrin Kathryn Kathy Kati Katia Katica Katie Katja Katleen Kato Katri Katrien
Katriina Katrijn Katrin Katrina Katrine Katrīna Katty Katy Kauko Kaver Kavurt Kay Kayagün Kaygusuz Kayla
Kaylee Kayleigh Kayrabay Kayıt Kazim Kazimierz Kazimír Kaşif Kealan Keano Keelan Keely Keeva Kefser Keijo
Keith Keld Kelli Kellie Kelly Kelsey Kelvin Kelâmi Kemal Ken Kenan Kendra Kenn Kennet Kenneth Kenny Kent
Kenter Kenth Keri Kerim Kerime Kerman Kerri Kerrie Kerry Kerstin Kerttu Kete Kevin Kezban Khadija Khaled
Khalid Kian Kiara Kibar Kick Kiera Kieran Kifaye Kike Kiki Kilian Killian Kim Kimberley Kimberly Kimmo Kinga
Kipras Kira Kiramettin Kirby Kirk Kirsi Kirsten Kirsti Kirstie Kirstin Kirstine Kirsty Kitan Kitti Kiyasi
Kjeld Kjell Kjersti Kjetil Klaas Klara Klas Klaudia Klaudie Klaus Klavdija Klavs Klemen Klemens Klement
Kliment Klothilde Klára Kläre Knud Knut Kobe Kocabaş Koen Koenraad Koldan Koloman Koncagül Konguralp Konrad
Konradus Konstantin Konstantinos Konstanty Konstanze Konštantín Kopan Koray Korbinian Kordula Kori Korinna
Korkmazalp Kornel Kornelia Kornelija Kornelius Kornél Kornélia Korugan Kotryna Kotuz Koçak Koçkan Koşukhan
Kreszentia Kreszenz Kriemhild Kris Krista Kristaps Kristel Kristen Krister Kristers Kristi Kristiaan
Kristian Kristiane Kristie Kristien Kristiina Kristijan Kristin Kristina Kristine Kristián Kristiāna
Kristjan Kristof Kristofer Kristoffer Kristopher Krists Kristupas Kristy Kristína Kristóf Kristýna Krisztina
Krisztián Krisztofer Krišjānis Krišs Krištof Krystal Krystian Krystyna Kryštof Krzysztof Ksawery Ksenija
Kuddusi Kujtim Kullervo Kumar Kumral Kunibert Kunigunda Kunigunde Kuno Kurt Kurtis Kushtrim Kustaa Kutay
Kutgün Kutun Kvetoslav Kvetoslava Květa Květoslava Kyan Kyano Kyara Kyle Kylie Kyllikki Kyra Kálmán Károly
Kâmil Kâzime Käte Käthe Käthi Kåre Kévim Köker Köktaş Kösemen Kübran Kürşad Kārlis Kęstutis Kılıçbay Kınel
Kırat Kırgız Kısmet Kıvılcım Kızıl Kızıltunç Labinot Lacey Lada Ladina Ladislau Ladislaus Ladislav Ladislava
Laetitia Lage Laika Laila Laimonis Lajos Lalo Lambert Lamberto Lana Lance Lander Lando Laoise Lara Larisa
Larissa Larry Lars Lascăr Lasse Lassi Laszlo Latasha Latoya Laura Laure Laureano Laureen Lauren Laurence
Laurens Laurent Laurenz Laurenția Laurențiu Lauretta Lauri Laurian Lauriane Laurie Laurin Lauris Laurita
Laurits Laurynas Laus Laust Lautaro Lavinia Lavínia Lavīze Lawrence Layla Lazar Laze Lazzaro Lazăr Laís Lea
Leah Lean Leana Leander Leandra Leandro Leanne Leano Leart Ledion Ledün Lee Leen Leena Leevi Leia Leif Leigh
Leila Leire Lejla Lelia Lena Lene Leni Lenka Lenn Lennard Lennart Lennarth Lennert Lenny Leo Leocadia
Leocadio Leokadia Leon Leona Leonard Leonardo Leoncio Leone Leonel Leonhard Leoni Leonid Leonie Leonor
Leonora Leonore Leons Leontin Leontina Leontīne Leopold Leopolda Leopoldina Leopoldine Leopoldo Leordean
Leoš Leroy Lerze Lesana Lesia Lesley Leslie Leszek Leticia Leticija Letizia Letiția Letícia Levente Levi
Levin Levoslav Lewis Lex Leyla Leyli Leyre Lezize León Li Lia Liam Lian Liana Liane Lias Liberto Libor
Libuša Libuše Licia Lică Lidia Lidija Lidwina Lieke Lien Liene Liepa Lies Liesa Liesbet Liesbeth Lieschen
Liesel Lieselot Lieselotte Lieve Lieven Lieze Ligia Ligita Liisa Lili Lilia Lilian Liliana Liliane Lilija
Lilijana Lilita Lilja Liljana Lilla Lillemor Lilli Lilly Lilo Lily Limon Lina Linas Linda Linde Lindita
Lindsay Lindsey Line Linn Linnea Linnéa Lino Linus Lio Lioara Lioba Lionel Liridon Liridona Lirim Lisa
Lisandro Lisanne Lisbet Lisbeth Lise Liselott Liselotte Lisette Lissi Lissy Liv Liva Livia Livio Liviu Liwia
Liz Liza Lize Lizete Lizz Lizzy Ljiljana Ljubica Ljubisa Ljubov Ljudmila Lloyd Lo Lode Lodewijk Lodovico
Loek Loes Logan Loida Lois Loke Lola Lolita Lona Lone Loni Lonnie Lope Lora Lorcan Lore Loredana Lorelei
Lorena Lorenz Lorenza Lorenzo Loreto Loretta Lori Lorik Lorin Loris Lorna Lorraine Lot Lothar Lotta Lotte
Lotti Lou Loui Louie Louis Louisa Louise Lourdes Lourenço Lova Love Lovis Lovisa Lovre Lovro Lowe Lowie Loïc
Loïs Luan Luana Luara Lubomír Luboš Luc Luca Lucas Lucca Luce Lucențiu Lucette Luchino Lucho Lucia Lucian
Luciana Luciano Lucie Lucien Lucienne Lucija Lucila Lucinda Lucio Lucrezia Lucreția Lucrețiu Lucy Lucía
Ludger Ludivine Ludmila Ludmilla Ludo Ludolf Ludovic Ludovica Ludovico Ludovicus Ludvig Ludvik Ludvík Ludwig
Ludwina Luděk Luigi Luigia Luigina Luis Luisa Luisana Luise Luisina Luitgard Luiza Lujza Luka Lukas Lukasz
Luke Lukáš Luljeta Lulzim Luminița Lumír Luna Lunna Lupe Lupita Lutfi Lutgarde Lutgardis Lutgart Lutz Luuk
Luz Luzia Luzie Luzius Luís Luísa Lya Lydia Lydie Lykke Lynda Lyndon Lyndsay Lyndsey Lynn Lynne Lynsey
László Lázaro Lâle Lærke Léa Léane Léna Léo Léon Léonie Lívia Lúcia Lüfen Lütfi Lýdia Lýdie Lăcrămioara Lėja
Lība Līga Līna Līza Lūcija Maaike Maaria Maarit Maarten Maartje Macarena Macaria Macario Macauley Macide
Maciej Mackenzie Macs Madalena Madara Maddalena Made Madeleine Madelene Madelief Madeline Madison Madlen
Mads Mael Maeva Maeve Mafalda Magali Magarete Magda Magdalena Magdalene Magdaléna Magdolna Maggie Magne
Magnus Magret Magrit Mahdi Mahigül Mahir Mahmoud Mahmut Mahnaz Mahsun Mahter Mahulena Maia Maida Maie Maija
Maik Maike Maiken Maire Mairead Mairtin Maite Maitê Maj Maja Majken Majvor Makayla Maks Maksim Maksimiljan
Maksur Maksymilian Maksüde Malachy Malcolm Malea Malena Malene Malgorzata Malik Malika Malin Malle Mallory
Malou Malte Malthe Malva Malvina Malvína Malwina Mamen Manca Manda Mandy Manfred Manja Manola Manole Manolo
Manon Mansurali Mantas Mantė Manu Manuel Manuela Manuelita Manuella Manus Mar Mara Marc Marcantonio Marcel
Marcela Marcelina Marcelino Marcell Marcella Marcelle Marcello Marcelo Marcheta Marcia Marcial Marciano
Marcin Marcio Marco Marcos Marcu Marcus Mare Mareen Mareike Mareile Marek Mareks Maren Marga Margaret
Margareta Margarete Margaretha Margarethe Margarida Margarita Margaritha Margaréta Margaud Margaux
Margherita Margit Margita Margitta Margo Margot Margret Margreth Margrethe Margrieta Margrit Margrith
Marguerite Margus Mari Maria Mariah Mariam Marian Mariana Mariane Marianela Mariangela Mariann Marianna
Marianne Mariano Maribel Marica Maricela Maricica Maricruz Marie Mariechen Marieke Mariele Mariella Marielle
Marieluise Marietta Mariette Marija Marijan Marijana Marijke Marijn Marika Marilena Marilyn Marin Marina
Marine Marinela Marinette Marinka Marino Marinus Mario Marioara Mariola Marion Marisa Marisela Marisol
Marissa Maristela Marit Marita Maritta Marius Mariusz Marián Marja Marjaana Marjan Marjana Marjanca Marjatta
Marjeta Marjo Marjorie Marjukka Marjut Mark Markas Marketta Markku Marko Markus Markéta Marleen Marlen
Marlene Marlies Marliese Marlis Marlise Marlon Marlyse Marlène Marnix Maroš Mart Marta Marte Marten Martha
Marthe Martijn Martim Martin Martina Martine Martino Martirio Martta Martti Martyn Martynas Martín Maruša
Marvin Mary Maryam Maryline Maryse Marzena María Marína Masar Mason Massimiliano Massimo Masume Matas Mate
Matea Matei Matej Mateja Mateo Mateus Mateusz Matevž Matheo Matheus Mathew Mathias Mathieu Mathijs Mathilda
Mathilde Mathis Mati Matias Matic Matija Matilda Matilde Matjaž Mato Matouš Mats Matteo Matthew Matthias
Matthieu Matthijs Matthäus Matti Mattia Mattias Matts Matyáš Matías Matúš Matěj Matīss Maud Maude Mauno
Maura Maureen Mauri Maurice Mauricio Maurilio Maurin Maurits Mauritz Maurizio Mauro Maurus Maurycy Max Maxi
Maxim Maxime Maximiano Maximilian Maximiliano Maximilián Maximino Maximo Maxwell Maya Maynur Maysa Mayte
Mazlum Maël Maëlle Maşide Maša Maža Mckenzie Meabh Meagan Meaghan Mechthild Mechthilde Mechtild Mecide Mecit
Meda Medard Medina Medėja Meelis Mees Mefarettin Mefharet Meg Megan Meghan Mehdi Mehdiye Mehmed Mehmet
Mehmetzahir Mehrigül Meibh Meik Meike Meinhard Meinolf Meinrad Meja Melaha Melania Melanie Melchior Melchor
Melek Meleknur Melichar Melihcan Melikkan Melina Melinda Melisa Melissa Melita Melitta Melker Melle Melody
Melvin Melwin Melánia Melûl Memili Menfeat Mengi Mengüç Menişan Mentor Meral Merba Mercedes Merche Merdi
Meredith Merel Meret Merete Merethe Mergim Merijn Merike Merim Merita Merja Merle Merlin Mert Mertel Merva
Mervi Meryem Meryeme Merzuk Mestur Mesude Mesut Meta Metin Metinkaya Metka Metod Mette Meveddet Mevlüdiye
Mevlüt Meyhanim Mezide Meşhur Mia Micael Micaela Micha Michael Michaela Michaele Michail Michal Michala
Michaël Michał Micheal Micheala Michel Michela Michelangelo Michele Micheletto Micheline Michelle Michelotto
Michiel Michèle Mick Mie Mieke Miel Mieszko Miglė Miguel Miguela Miha Mihael Mihaela Mihai Mihail Mihajlo
Mihels Mihhail Mihin Mihkel Mihnea Mihrab Mihriye Mihály Miia Miika Mijo Mik Mika Mikael Mikaela Mikayla
Mike Mikels Mikhail Mikkel Mikko Miklós Mikołaj Mikuláš Mila Milada Milagros Milan Milana Milay Milda Mile
Milena Milica Milka Milla Mille Milo Milorad Milos Miloslav Miloslava Milota Milou Miloš Milton Miluše Milán
Mimi Mimmi Mimoza Mina Mindaugas Mindy Minerva Minibe Minna Minodora Mio Mioara Miodrag Mira Mirabela Miran
Miranda Miray Mirbadin Mircea Mirco Mirdza Mireia Mireille Mirela Mirella Miriam Miriama Mirja Mirjam
Mirjami Mirjana Mirko Mirlinda Miro Miron Mirona Miroslav Miroslava Miroslaw Miroslawa Mirsad Mirta Mirte
Mirthe Miruna Mischa Mishat Mislav Misra Misty Mitchel Mitchell Mitică Mitruț Mitzy Miyesser Miķelis Miłosz
Mladen Moa Modesta Modesto Modris Mogens Mohamad Mohamed Mohammad Mohammed Moira Moisés Mojca Mojmír Mollie
Molly Mona Monalisa Monica Monika Monique Monis Monja Montserrat Mora Morena Moreno Morgan Morgane Moritz
Morris Morten Muarra Mucahit Mufide Mugur Mugurel Muhamed Muhamet Muhammad Muhammed Muhammet Muharrem Muhip
Muhiye Muhyettin Mujde Mukbile Muktedir Murat Muratcan Muriel Murielle Murilo Musa Musafet Musaffa Mustafa
Mustapha Mutasım Mutluhan Muvaffak Muvahhide Muzaffer My Myles Myriam Myrta Myrtha Myrthe Márcio Mária Mário
Márk Márta Márton Mátyás Máté Máxima Máximo Märta Märtha Måns Mårten Mégane Mélanie Mélissa Mónica Mónika
Móric Möhsim Mübetcel Mücellib Mücevher Müferrih Müfit Müjde Mükramin Mükrüme Mülâyim Mümtaze Münezzer Münif
Müret Mürit Müsemma Müslum Müveddet Müzekker Müğber Müşüre Māra Māris Mārtiņš Mārīte Mădălin Mădălina Mălina
Mărioara Măriuca Nabil Nacho Nacio Nada Nades Nadeschda Nadeshda Nadežda Nadia Nadin Nadine Nadja Nadège
Naděžda Nae Nael Nafii Nafile Naglis Nahiara Nahuel Naiara Naide Naim Nair Naja Nakip Nalân Nana Nancy Nand
Nando Nanna Nanni Naoimh Naoise Naomh Naomi Napoleone Narcis Narcisa Narciso Narhanim Nas Naser Nasiba
Nastja Nasuf Natacha Natali Natalia Natalie Natalija Natalio Natalja Natan Natanael Nataniel Natasa Natascha
Natasha Natasja Natasza Nataša Natașa Nath Nathalie Nathan Nathanael Nathaniel Natividad Natália Natálie
Natālija Naud Nayara Nayeli Nayil Naz Nazaret Nazario Nazende Nazi Nazimet Nazlihan Nazlim Nazmi Nazıdil Nea
Nebih Nebiha Nebojsa Necati Necdat Nechifor Necilal Necmettin Necva Nedas Nedda Nefaret Nefiye Nehip Neil
Neja Nejc Nejdet Nela Nele Nelio Nelli Nellie Nelly Nelson Nelu Nemanja Nenad Neo Neptün Nerea Nereida
Neriban Nerijus Nerim Neringa Nermin Nesfe Nesip Neslinur Nete Neval Nevenka Nevgin Nevin Nevio Nevise
Nevsal Nevsale Neyran Nezengül Nezihi Nezize Neşrin Neža Niall Niamh Nicanor Niccolò Nichifor Nichola
Nicholas Nichole Nick Nicklas Nicky Niclas Nico Nicoară Nicodemo Nicodim Nicola Nicolae Nicolai Nicolaie
Nicolaj Nicolas Nicolasa Nicolaus Nicole Nicoleta Nicoletta Nicoline Nicolás Nicolò Nicu Niculina Niculiță
Nicușor Nicuță Nidia Niek Niels Nienke Nieves Nigel Nihai Nihan Niilo Niina Nik Nika Nikita Nikki Niklas
Niklaus Niko Nikodem Nikol Nikola Nikolai Nikolaj Nikolajs Nikolaos Nikolas Nikolaus Nikolett Nikoletta
Nikolina Niks Nikša Nilcan Nilda Nili Nilo Nils Nina Ninetta Nino Ninthe Nirgül Nisa Nives Niyazi Niğmet Noa
Noah Noe Noel Noelia Noemi Noemí Nojus Nolan Noman Noor Noora Noortje Nora Norah Norbert Norberto Nore
Norica Norina Norma Norman Normunds Notburga Noud Nour Nout Nova Noé Noémi Noémie Noël Noëlla Noëlle Noëmi
Nuala Nuno Nura Nural Nuran Nuray Nurbanu Nurcan Nurda Nurdeniz Nuretdin Nurettin Nurey Nurgil Nurhayet Nuri
Nuria Nuriyet Nurkan Nurmelek Nurseda Nurser Nursim Nurtaç Nurten Nurullah Nurveren Nurşan Nuyan Nuša Nydia
Nynke Nádia Nándor Nélida Néstor Nóra Núria Nüdret Nürice Oana Obdulia Octav Octavia Octavian Octaviana
Octavio Octaviu Océane Oda Odalis Odalys Odd Odeline Odette Odhran Odile Odkanlı Ofelia Oganer Oguş Oisin
Oiva Okanay Okbay Okgüçlü Okseven Oktüremiş Okyalaz Ola Olaf Olalla Olav Olavi Olca Oldağ Oldrich Oldřich
Ole Oleg Olegario Olena Olfert Olga Olgierd Olimpia Olimpian Olimpiu Oliver Olivia Olivie Olivier Olivija
Oliviu Olivér Oliwer Oliwier Olle Olli Olof Olov Oluş Olympia Olívia Omaca Omar Omer Onat Ondrej Ondřej
Ongay Onni Onofre Onuker Onur Onurcan Onursu Oona Oonagh Ophélie Oran Oranlı Orazio Orestas Oreste Orfhlaith
Orgün Orhan Oriana Orla Orlagh Orlaigh Orlaith Orlando Ornella Orsolya Ortak Ortansa Ortrud Ortrun Ortwin
Oruç Orvokki Orçin Oscar Oskar Oskari Oskars Oskár Osman Osmo Ossi Ossian Osvald Osvaldo Osvalds Oswald
Oswaldo Oswin Otakar Otay Otfried Othmar Otilia Otis Otmar Oto Ottavio Ottfried Ottilia Ottilie Ottmar Otto
Ottokar Ottomar Ottone Ottó Otávio Otília Otýlie Otīlija Outi Ove Ovidio Ovidiu Owe Owen Oxana Oymak Ozana
Ozansü Oğulbaş Oğurata Oğuzman Oļģerts Oľga Paavo Pablo Paca Paco Pacífica Padraic Padraig Padraigin Paige
Paker Paksu Palle Palmira Paloma Pam Pamela Pamfil Panagachie Panait Pancho Panfilo Pankrác Paola Paoletta
Paolo Paraschiva Paride Parker Pascal Pascale Pascual Pascuala Pasi Pasqual Pasquale Pastor Pastora Patric
Patrice Patricia Patricie Patricija Patricio Patrick Patrik Patrizia Patrizio Patryk Patrícia Patty Paul
Paula Paulette Pauli Paulica Paulien Pauliina Paulina Pauline Paulino Paulius Paulo Pauls Paulína Paulīna
Pauric Pavao Pavel Pavla Pavlína Pavol Paw Pawel Paweł Paye Paz Peadar Pearce Pearse Peder Pedro Peer Peeter
Peggy Pehlil Pekka Pekkan Pelayo Pelle Pellegrino Pembesin Penny Pentti Pepe Pepijn Pepita Pepito Per Peren
Perinur Perla Perlita Permun Pernilla Pernille Pero Perry Pertti Pesent Petar Pete Peter Petr Petra Petrana
Petras Petre Petri Petrică Petrișor Petrona Petronela Petros Petru Petrus Petruț Petruța Petter Petteri
Phileine Philip Philipp Philippa Philippe Philippine Phillip Philomena Phoebe Phyllis Pia Piaras Piedad Pien
Pier Pierangelo Pierce Piergiorgio Piergiuseppe Pierina Pierluigi Piermaria Piero Pierpaolo Pierre Pierrette
Piersanti Piet Pieter Pietra Pietro Piia Pijus Pilar Pili Pim Pina Piotr Pippa Pirahmet Piran Piret Pirjo
Pirkko Pirmin Piroska Pius Pleun Pleșu Plinio Plácido Pol Polina Polly Polona Polonca Pompeo Pompilia
Pompiliu Pomponio Poncio Pontus Porfirio Poul Povilas Pravoslav Preben Predrag Preston Priit Primitiva
Primitivo Prisca Priscila Priscilla Priska Profira Prokop Prudencia Prudencio Przemysław Puccio Puck Puk
Purificación Pál Pánfilo Päivi Päivikki Pär Pål Pénélope Péter Pía Pío Pürçek Pătru Pēteris Přemysl Quentin
Quinn Quinten Quinty Quique Quirino Rabbiye Rabea Rabih Rachael Rachel Rachelle Rachid Rada Radek Radim
Radka Radmila Rado Radomír Radoslav Radoslava Radosław Radovan Radovana Radu Radvilė Radúz Rael Raf Rafa
Rafael Rafaela Rafaél Rafaël Rafał Raffael Raffaela Raffaele Raffaella Raffaellino Raffaello Rafia Rafih
Rafila Ragna Ragnar Ragner Ragnhild Rahel Rahiye Rahmet Raija Raik Raili Raimo Raimondo Raimonds Raimund
Raimundo Rainer Raisa Raissa Raivis Raivo Rajko Rakide Ralf Ralph Raluca Ramadan Ramazan Raminta Ramiro
Ramiz Ramon Ramona Ramunė Ramón Ramūnas Rana Randall Randi Randolf Randy Rani Rania Ranieri Raoul Raphael
Raphaela Raphaël Raquel Rareș Rasa Rasma Rasmus Rastislav Rasul Raul Rauno Raven Ravi Ravy Ray Rayan Rayana
Rayla Raymond Raymonde Raymund Razı Raúl Rebeca Rebecca Rebecka Rebeka Rebekah Rebekka Rebihat Recep
Recepali Reda Reece Reet Refet Refik Regan Regina Reginald Regine Regitse Regitze Regula Regína Regīna
Rehime Reidun Reijo Reimar Reimer Reimund Rein Reina Reinald Reinaldo Reine Reiner Reingard Reinhard
Reinhardt Reinhart Reinhild Reinhilde Reinhold Reinis Reino Relu Remazan Rembrandt Remedios Remi Remigio
Remo Remus Remzi Rena Renaat Renan Renata Renate Renato Rene Renee Rengül Reni Rens Renske Renzo Renáta René
Renée Resi Resulcan Reto Reuben Revza Rexhep Reyes Reyna Reynaldo Reza Rezin Rezzak Rhavi Rhian Rhianna
Rhianne Rhiannon Rhonda Rhys Ria Rian Rica Ricarda Ricardo Riccardo Ricciotti Richard Richardt Richárd Rick
Rickard Rickey Ricky Rico Rigmor Rigo Rihards Riikka Riina Riitta Rik Rikard Rikke Riku Riley Rimantė Rina
Rinaldo Rino Rinor Risalet Risto Rita Ritt Ritva Riza Ričardas Ričards Roan Roar Rob Robbe Robbie Robby
Robert Roberta Robertas Robertina Roberto Roberts Robin Robyn Rocco Rochus Rocío Roderich Rodica Rodney
Rodolfo Rodrigo Roel Roeland Rogelio Roger Rohan Rohat Roise Roisin Rojnu Rojus Rok Rokas Roko Roksana
Roland Rolandas Rolando Rolands Roldán Rolf Romain Romaine Roman Romana Romane Romanița Romano Romeo Romina
Romolo Romuald Romualdas Romulus Romy Román Ron Ronald Ronaldo Ronan Ronja Ronni Ronnie Ronny Rony Ronya
Roope Roos Roosa Roque Rory Rosa Rosalba Rosalia Rosalie Rosalina Rosalinda Rosalinde Rosalva Rosalía
Rosanna Rosaria Rosario Rosaura Rose Roseanna Rosel Roselinde Rosemarie Rosemary Rosenda Rosendo Rosetta
Rosette Rosi Rosie Rosina Rosita Rosl Rosmarie Ross Rossana Rostislav Roswita Roswitha Rotraud Rotraut
Rouven Rowan Roxana Roxane Roxelana Roy Roza Rozalia Rozalija Rozália Ruairi Ruari Ruben Ruby Rubén Rudi
Rudolf Rudolph Rudy Rudīte Ruedi Rufina Rufino Ruggero Ruggiero Rugilė Ruhide Ruhsat Ruhugül Rui Rumeysa
Rune Rupert Ruperta Ruperto Rusnė Russell Rut Ruta Rute Ruth Ruthild Ruxanda Ruxandra Ruy Ruzica Ruža Ružena
Ružica Ryan Ryszard Rytis Rytė Régulo Réka Rémy Róbert Rómulo Róza Rózsa Róża Rúben Rüdiger Rüknettin
Rümeysa Rüşen Răducu Răzvan Rıfkıye Rūdolfs Rūta Růžena Saar Saara Saba Saban Sabas Sabatino Sabih Sabihe
Sabin Sabina Sabine Sabri Sabrina Sabína Sabır Sacha Sadat Sadeti Sadik Sadittin Sadiye Safet Safinaz Safta
Safura Saga Sahil Sahin Sahir Sahra Said Saire Sakari Sakip Salami Saleh Salih Salimet Salkın Sally Salma
Salome Salomea Salomé Salomón Salud Salurbay Salvador Salvatore Salvi Sam Samahat Samanta Samantha Sami
Samir Samira Sammy Samo Samu Samuel Samuele Samuli Samurtay Sanavber Sancak Sancho Sanda Sandalio Sander
Sandi Sandis Sandor Sandra Sandrine Sandro Sandu Sandy Sanela Sanije Sanita Sanja Sanna Sanne Sanni Santa
Sante Santeri Santiago Santino Santos Sanur Sançar Saoirse Sapa Sara Sarah Sargın Sari Sarina Sarita Sarmīte
Sarpkın Sarya Sarıcabay Sasa Sascha Sasha Saskia Satrettin Satu Saturnina Saturnino Satıa Saul Saulius Sava
Savak Savannah Saverio Saveta Savina Savni Saydam Saygın Sayin Sayrak Sayın Saçı Sağcan Sağıt Saša Sašo Scot
Scott Seamus Sean Seana Seanan Seaneen Seanna Sebastiaan Sebastian Sebastiano Sebastijan Sebastián Sebastião
Sebastjan Sebattin Sebigül Seblâ Seda Sedat Sedife Sefer Segismundo Seha Sehel Seija Sejda Selaheddin
Selatin Selcen Selena Seler Selim Selime Selin Selina Seline Selma Selmin Selvi Selâtin Selçuk Sem Semat
Semender Semenica Semine Semir Semra Semrin Sena Senad Sencar Seniha Senn Senna Senne Senol Senta Seona Sepp
Seppe Seppo Seracettin Serafina Serafín Seraina Serda Sereina Serena Serezli Serfinaz Serge Sergei Sergej
Sergey Sergio Sergiu Sergius Serhatmehmet Serkan Serma Sernur Serol Serpil Server Servinaz Servác Sessa Seth
Sevcan Sevdi Sevdinar Seve Sever Severiano Severin Severina Severino Severo Severín Sevgen Sevginur Sevican
Sevim Sevindik Sevla Sevsevil Seydo Seyfullah Seyhan Seyithan Seyyide Sezal Sezen Sezginbaş Seçgül Seçme
Shaban Shana Shane Shania Shanice Shanna Shannan Shannen Shannon Shari Sharon Shaun Shauna Shauneen Shawn
Shawna Shay Shea Sheena Sheila Shelby Shelia Shelley Shelly Sheree Sheri Sherri Sherry Sheryl Shirley Shona
Shpresa Shqipe Sian Sibel Sibilla Sibille Sibylla Sibylle Sidar Sidki Sidonia Sidónia Siebe Siegbert
Siegfried Sieghard Sieglinde Siegmar Siegmund Siegrid Siegried Siegrun Siegward Siem Sien Siena Sienna
Sierra Sigfrid Sigfrido Sigfried Sigge Sigismund Sigita Siglinde Sigmar Sigmund Signe Sigrid Sigrun Sigurd
Sigvard Siim Siiri Sil Silanur Silas Silja Silje Silke Sille Silva Silvan Silvana Silvano Silvester
Silvestre Silvestro Silvia Silvian Silviana Silvie Silvija Silvio Silviu Silvo Simas Simber Simen Simeon
Simi Simina Simion Simo Simon Simona Simonas Simone Simonetta Simonne Simten Simão Simón Sina Sinaida Sinan
Sindre Sine Sinead Sini Sinică Sinikka Sinisa Siniša Sintija Siobhan Siofra Siper Sirap Siri Sirje Sirkka
Siro Sirpa Sisko Sissel Siti Sittik Siv Sivert Sixten Sjoerd Skaidrīte Skender Sladjana Slavica Slavisa
Slavka Slavko Slavomír Slavomíra Slavěna Slawomir Slobodan Sláva Slávka Smaranda Smiltė Snezana Snježana
Socorro Sofi Sofia Sofie Sofija Sofía Sol Solange Sole Soledad Solma Solveig Solvej Solvita Solène Sonad
Sonata Sondre Songurkan Songül Sonia Sonja Sonnur Sonny Sonya Sophia Sophie Soraia Sorana Soraya Sorcha
Sorin Sorina Sosimo Soydaner Soykan Soykut Soyselçuk Soňa Spencer Speranța Srečko Stacey Stacie Stacy
Staffan Stan Stana Stanca Stancu Stanislaus Stanislav Stanislava Stanislaw Stanisław Stanka Stanko Stanley
Stavros Staņislavs Steen Stef Stefaan Stefan Stefani Stefania Stefanie Stefano Steffen Steffi Stein Steinar
Stela Stelian Steliana Stella Stellan Steluța Sten Stephan Stephanie Stephany Stephen Sterre Steve Steven
Stewart Stian Stien Stig Stijn Stilla Stina Stine Stjepan Stojan Stuart Sture Stéphane Stéphanie Suat
Subutiye Sudi Sue Sulhi Sultane Summer Sunay Sune Sunel Suphi Susam Susan Susana Susanita Susann Susanna
Susannah Susanne Suse Susi Sussanne Sussie Suus Suvi Suzana Suzanna Suzanne Suze Suzy Svante Svatopluk
Svatoslav Svea Svein Sven Svenja Svenning Sverre Svetlana Svetozár Svätopluk Světlana Swantje Swen Swetlana
Sybilla Sybille Sydney Sylke Sylvana Sylvester Sylvia Sylviane Sylvie Sylvio Sylwia Synnøve Sys Szabolcs
Szilveszter Szilvia Szilárd Szymon Sándor Sára Sânziana Sébastien Sérgio Séverine Sónia Sökmen Sönke Sören
Söyler Sözer Søren Sørine Søs Sücaettin Süha Süheyda Sükrü Süleyla Süleyman Sümerya Sümeyye Süner Süsen
Süvari Süzer Sıla Sırriye Sıylıhan Tabea Tabitha Taciddin Tadas Tadej Tadeja Tadeo Tadeusz Tadeáš Tagangül
Tage Tahir Taina Taisto Taja Tajus Talayer Tali Talibe Tamara Tamaydın Tami Tammie Tammy Tamás Tan Tanak
Tanbay Tandoğdu Taneli Tangül Tanhan Tania Tanja Tanner Tanpınar Tanses Tansev Tansığ Tanya Tanyolaç Tanyu
Tanır Tapani Tapio Tara Tarancı Tarik Tarja Tarmo Tartış Taru Tarzícius Tasha Tassilo Tasvir Tatiana Tatjana
Tatu Tauno Tautvydas Tayaydın Taygan Taylak Taylor Tayyibe Tayyip Taçnur Taşar Taşkan Tea Teber Tecimer
Tecla Ted Teea Teemu Teija Teja Tejs Tekbay Tekecan Tekiner Tekla Teknaz Teksoy Telemaco Telim Tellervo
Telmo Telse Temime Temirhan Temistocle Temizkal Temuçin Tenis Tenvir Tenzin Teo Teobaldo Teodor Teodora
Teodoro Teodors Teodosia Teodosio Teofil Teohari Teona Tercan Tere Terence Teresa Terese Teresia Teresita
Tereza Terezija Terhi Terje Terlan Tero Terrance Terrence Terri Terry Terttu Teréz Terézia Tess Tessa Teun
Teuta Teuvo Tevs Teybet Tezcan Tezol Teófila Teófilo Thaddäus Thales Thea Theda Thekla Theo Theobald
Theodoor Theodor Theodora Theodore Theodoro Theodoros Theophil Theres Theresa Therese Theresia Therése Thi
Thiago Thibault Thibaut Thibo Thierry Thies Thijmen Thijn Thijs Thilo Thom Thomas Thor Thoralf Thorben Thore
Thorsten Thure Théo Théodore Théophile Thérèse Tia Tiago Tiarna Tiarnan Tibe Tiberia Tiberiu Tibo Tibor
Tiburcio Ticen Tichomír Tiegan Tiernan Ties Tiffany Tiia Tiina Tiit Tiiu Tijl Tijmen Tijn Tijs Til Tilda
Tilde Tilen Till Tillmann Tilly Tilman Tilmann Tilo Tim Timea Timm Timmy Timo Timon Timotei Timotej Timoteo
Timothy Timothée Timurtaş Tina Tinca Tincuța Tindra Tine Tineke Tinne Tino Tirza Titas Tito Titus Tivadar
Tiziana Tiziano Tiğin Tjaša Tobias Tobiasz Tobiáš Toby Todd Todor Toivo Toker Toktuğ Toköz Tola Tolonbay Tom
Toma Tomas Tomasa Tomasz Tomaž Tomi Tomislav Tommaso Tommi Tommy Tomo Toms Tomurcuk Tomàs Tomás Tomáš Tomé
Tone Tonguç Toni Tonia Tonicha Tonino Tonje Tonny Tony Tonya Toomas Toon Topias Topuz Tor Tora Toralf Torben
Torbjörn Torbjørn Tord Tore Torgny Torhan Tori Toribio Torill Torquato Torsten Tory Tova Tove Toy Toño Toğan
Tracey Traci Tracie Tracy Traian Traude Traudel Traudl Traugott Traute Travis Trevor Tricia Triin Trine
Trini Trinidad Tristan Tristán Troels Trond Troy Trude Trudel Trudi Trīne Tuana Tudor Tudora Tudorița
Tudosia Tuija Tule Tullio Tulun Tunahan Tunguç Tunçboğa Tunçkılıç Tuomas Tuomo Turabi Turcein Ture Turgut
Turid Tutkucan Tutkun Tuukka Tuula Tuuli Tuulia Tuulikki Tuur Tuva Tuyuğ Tuğcan Tuğrulhan Tuğtaş Tuğçe Twan
Tycho Tygo Tyler Tymon Tymoteusz Tyra Tyrone Tânia Tímea Tõnu Törel Tükelalp Tülay Tülin Tümer Tümkurt Tünde
Türabi Türcan Türkalp Türkan Türkmen Türknur Tüzeer Tüzenur Tınal Ubaldo Uberto Udo Ueli Uffe Ufukay Ugnė
Ugo Ugolino Ulakbey Uldis Ulf Uli Ulises Ulla Ullrich Ulrica Ulrich Ulrik Ulrika Ulrike Ulu Uludağ Uluman
Ulutay Uluğbey Uma Umberto Ummahani Umman Umut Umutcan Umuşan Una Undine Unni Uno Uolevi Uraltay Urbain
Urban Urbano Urhan Uriel Urmas Uroš Urs Ursel Ursina Ursula Urszula Urte Urša Urška Uršuľa Us Uschi Ushan
Uta Ute Utkucan Utz Uwe Uyanser Uygun Uzbay Uzsoy Uçan Uçbeyi Uğan Uğur Uğurkan Uğurtan Vacibe Vadim Vafir
Vagn Vahittin Vaida Vaidas Vajèn Vakarė Vakris Valborg Valda Valdemar Valdis Valentijn Valentim Valentin
Valentina Valentine Valentino Valentín Valentína Valentīna Valeri Valeria Valerie Valerij Valerija Valerio
Valeriu Valero Valeska Valija Valon Valter Valtteri Valère Valér Valéria Valérie Van Vanda Vanesa Vanessa
Vania Vanja Vargın Varlık Varvara Vasarė Vasco Vasil Vasile Vasilica Vasilică Vassilios Vasyl Vavrinec
Vaysal Vecide Vedat Vedran Veera Veerle Veeti Vefia Vega Vegard Veijo Veikko Veis Veit Veli Velitdin Vello
Velta Venancio Venceslás Vendela Vendelín Vendula Venera Veneranda Veniamin Venla Vera Verde Verena Verim
Verner Verneri Vernon Veronica Veronika Veronique Verónica Vesa Vesna Veta Vezat Vezrife Vic Vicenta Vicente
Vicenția Vicențiu Vicki Vickie Vicky Victoire Victor Victoria Victoriano Victorino Victória Vid Vida Vidal
Vidar Vide Viera Vieroslava Viesturs Viggo Vigilija Vigo Viivi Vija Viking Viktor Viktoria Viktorie
Viktorija Viktors Viktória Vildane Vilde Vilgot Vilhelm Vilhelmiina Vilhelmina Vilho Viliam Vilis Vilius
Viljami Viljem Viljo Villads Ville Vilma Vilmer Vilmos Vilnis Viltė Vilém Vince Vincenc Vincent Vincentio
Vincenza Vincenzo Vincențiu Vineta Vinicio Vinicius Vinko Vinzenz Vinícius Viola Violeta Violetta Violette
Viorel Viorela Viorica Virgilio Virginia Virginie Viridiana Virpi Virág Visar Visarion Visitación Visvaldis
Vita Vitali Vitalija Vito Vitor Vittoria Vittorio Vitus Vitória Viveka Vivian Viviana Viviane Vivianne
Vivien Vivienne Viļums Vjekoslav Vjollca Vlad Vladimir Vladimír Vladimíra Vladislav Vladislavs Vlado Vlaicu
Vlasta Vlastimil Vlora Vlădelina Voichița Voicu Vojtech Vojtěch Voldemārs Volkan Volker Volkhard Volkmar
Vratislav Vratko Vreneli Vuokko Vytautas Vytė Václav Vâlâ Väinö Véronique Víctor Vít Vítor Vítězslav
Víťazoslav Vėjūnė Věra Walburga Waldemar Waldtraut Walentina Walfried Walli Wally Walter Walther Waltraud
Waltraut Waltrud Wanda Wannes Ward Warre Warren Wayne Weena Wenche Wencke Wendelin Wendolin Wendy Wenke
Wenzel Wera Werner Wesley Wessel Whitney Wibke Wiebke Wieland Wieslaw Wigbert Wiktor Wilfredo Wilfrido
Wilfried Wilfriede Wilhelm Wilhelmina Wilhelmine Wilhelmus Wille Willem Willfried Willi William Willibald
Willibert Willie Willy Wilma Wilmer Wilson Wiltrud Wim Winfried Winni Winnie Witold Wladimir Wojciech
Woldemar Wolf Wolfgang Wolfhard Wolfram Wout Wouter Wulf Wyatt Wálter Xander Xaver Xavi Xavier Xenia Ximena
Xiomara Xénia Yadigar Yael Yago Yahşi Yahşikan Yaiza Yalazabay Yalgın Yaltırak Yalın Yamin Yan Yana Yanick
Yanik Yanis Yankı Yann Yannic Yannick Yannik Yannis Yara Yargı Yasan Yasemen Yasemin Yasin Yasmin Yasmina
Yasmine Yassin Yassine Yavuz Yayak Yazganalp Yazgül Yağın Yağızkurt Yaşar Yaşattin Yda Yekbun Yekda Yelesen
Yeneral Yeni Yepelek Yertan Yesenia Yetişal Yeşil Yfke Yigit Yilmaz Yinthe Ylenia Ylva Ylvie Yngve Yolal
Yolanda Yolande Yoruç Yosma Younes Yousef Youssef Yrjö Yrsa Yunt Yurdanur Yurdaser Yuri Yuridia Yurtgüven
Yurtseven Yurttaş Yusuf Yvan Yves Yvette Yvonne Yésica Yéssica Yönetmen Yücel Yücelen Yümun Yıldır Yıldız
Yılma Zac Zacarías Zach Zacharias Zacharie Zachary Zaharia Zahfer Zahid Zahra Zaida Zaira Zak Zakaria Zaliha
Zalán Zamfir Zamfira Zamir Zane Zara Zaraza Zbigniew Zbyněk Zdenka Zdenko Zdeněk Zdeňka Zdislava Zdravko
Zebirce Zeferino Zehnia Zehra Zehranur Zekayi Zeki Zelha Zeljko Zelma Zemzem Zenia Zennun Zeno Zenobia Zenon
Zenovia Zenta Zerafet Zeride Zevlüde Zeynelabidin Zeynep Zeyno Ziedonis Ziggy Zigrīda Zihni Zikmund Zilfa
Zina Zinnure Zita Ziyaettin Zlatica Zlatko Zoe Zoey Zofia Zofija Zoja Zoltan Zoltán Zora Zoraida Zoral Zoran
Zorica Zorka Zoé Zoë Zsanett Zsigmond Zsolt Zsombor Zsuzsanna Zsófia Zubeyde Zuzana Zvonka Zvonko Zöhrehan
Züfer Züheyla Zülbiye Zülfüye Zülgarni Zümre Ábel Ádám África Ágata Ágatha Ágnes Águeda Ákos Álvaro Ámbar
Ángel Ángela Ángeles Áron Árpád Áurea Âdem Âlemşah Ângela Ângelo Änne Åbjørn Åge Åke Åsa Åse Çakar Çakırca
Çaltı Çalım Çamok Çapkan Çavuldur Çağa Çağdan Çağlar Çağlasın Çağveren Çelem Çelikkan Çelikyürek Çerçi
Çetinsu Çeviköz Çevregül Çilga Çinerk Çisem Çokan Çolpan Çopur Çoğay Çıdal Çıvgın Édgar Édith Édouard
Élisabeth Élise Élodie Éléonore Émile Émilie Éric Érica Étienne Éva Íngrid Íris Ísis Íñigo Óliver Óscar Öge
Ökkaş Öktürk Ömer Ömriye Ömür Öncel Önel Öngen Önsal Örfiye Örik Örjan Öryürek Östen Över Övün Özakan
Özalpsan Özaslan Özay Özbay Özbilek Özbilge Özdal Özdeş Özdil Özdoğdu Özel Özerdinç Özertem Özge Özger Özgün
Özgür Özinal Özkent Özkutlu Özlem Özlü Özokçu Özpetek Özpınar Özsözlü Öztek Öztürk Özyurt Özçam Özüdoğru
Öğet Øivind Øjvind Ørni Øvli Øystein Øyvind Úrsula Übeydullah Üge Ülfet Ülke Ülküdeş Ülküm Ülle Ümmahan
Ümmet Ümmühan Ümray Ünal Ünek Ünlen Ünsever Ünübol Ürfettin Ürper Üsame Üstün Üzer Üçgül Ādams Ādolfs Ārija
Ąžuolas Đuro Đurđica Ērika Ēriks Ēvalds Ğanim Ģederts Ģirts İbrahim İde İdiris İhsan İkiz İklim İlalmış
İlbek İldem İldeş İlgi İlim İlkbahar İlkim İlklima İlmafer İlper İlsu İlteriş İmam İmge İmren İmrihan
İnançlı İncifir İnsaf İntihap İrfan İsak İslime İsmet İsra İvecen İyiyürek İzel İzgü İçimbike İşcan Ľubica
Ľubomír Ľubomíra Ľubor Ľuboslav Ľuboslava Ľuboš Ľudmila Ľudomil Ľudomila Ľudovít Łukasz Şabettin Şadıman
Şafii Şahat Şahdiye Şahinbey Şahinder Şahmettin Şahnuray Şahıgül Şali Şamiha Şanlı Şavki Şayan Şazime Şefi
Şefiye Şehamet Şehreban Şehza Şekim Şelâle Şemsettin Şemsinisa Şendoğan Şenkal Şennur Şerafeddin Şeref
Şerman Şevket Şevketfeza Şeyda Şide Şilan Şinasi Şirivan Şuayp Şöhret Şükri Şüküfe Šarlota Šarūnas Šime
Šimon Špela Štefan Štefanija Štefica Štefka Štefánia Štěpán Štěpánka Šárka Žan Žaneta Žanis Željka Željko
Želmíra Žemyna Žiga Žigmund Živa Živilė Žofia Žofie Žygimantas Șerban Ștefan Ștefana Ștefania Άγγελος
Άλκηστις Άνθιμος Άννα Άρης Άριστος Άρτεμις Έκτορας Έλλη Έξαρχος Ήβη Ήλια Ήρα Ίκαρος Ίρις Ίων Όθων Όλγα
Όμηρος Αίας Αβραάμ Αγάθη Αγάπη Αγάπιος Αγαθάγγελος Αγαθή Αγαθοκλής Αγαθόνικος Αγαμέμνων Αγαπητός Αγγελής
Αγγελική Αγησίλαος Αγλαΐα Αγνή Αγόρω Αδάμ Αδαμάντιος Αδαμαντία Αηδόνα Αθανάσιος Αθανασία Αθηνά Αθηναγόρας
Αθηνοδώρα Αθηνόδωρος Αικατερίνη Αιμίλιος Αιμιλία Αιμιλιανός Ακρίτας Ακριβή Ακριβός Αλέξανδρος Αλέξιος Αλίκη
Αλεξάνδρα Αλεξία Αλκιβιάδης Αλκινόη Αλκμήνη Αμαλία Αμβροσία Αμβρόσιος Αμφιθέα Αμφιτρίτη Ανάργυρη Ανάργυρος
Ανέστης Αναγνώστης Ανανίας Αναξαγόρας Αναστάσιος Αναστασία Ανατολή Ανδρέας Ανδριανή Ανδροκλής Ανδρομάχη
Ανδρομέδα Ανδρονίκη Ανδρόνικος Ανθή Ανθούλα Ανθούλης Αννίκα Αντίγονος Αντίπατρος Αντιγόνη Αντωνία Αντύπας
Αντώνιος Απολλωνία Αποστολία Απόλλων Απόστολος Αρέθα Αρίσταρχος Αργυρούλα Αργυρώ Αργύριος Αρετή Αριάδνη
Αριστέα Αριστείδης Αριστομένης Αριστοτέλης Αριστοφάνης Αριστόβουλος Αρτέμης Αρτέμιος Αρτεμισία Αρχέλαος
Αρχιμήδης Αρχοντία Ασημάκης Ασημής Ασημίνα Ασημούλα Ασκληπιός Ασπασία Αστέριος Αστέρω Αταλάντη Αυγέρης Αυγή
Αυγουστίνα Αυξέντιος Αφέντης Αφέντρα Αφροδίτη Αχιλλέας Αχιλλεία Αύγουστος Βάγια Βάιος Βέρα Βαγιανή Βαλάντης
Βαλάντω Βαλέρια Βαλέριος Βαλεντίνα Βαλεντίνος Βαρβάρα Βαρδής Βαρθολομαίος Βαρσάμος Βαρσαμία Βασίλειος
Βασίλης Βασιλεία Βασιλική Βεατρίκη Βελισσάριος Βελισσαρία Βενέτιος Βενετία Βενιαμίν Βενιζέλος Βερονίκη
Βερόνικα Βησσαρία Βησσαρίων Βικέντια Βικέντιος Βικτωρία Βικτόρια Βιολέτα Βιργινία Βλάσης Βλάσιος Βλαδίμηρος
Βλασία Βρασίδας Βρυσηίς Βύρων Γαβριέλλα Γαβριήλ Γαλάτεια Γαλάτιος Γαλήνη Γαληνός Γαρυφαλλιά Γαρύφαλλος
Γενοβέφα Γεράσιμος Γερακίνα Γερασιμούλα Γεσθημανή Γεωργία Γεώργιος Γιάννης Γιαννούλα Γιασεμή Γιολάντα
Γιώργος Γκίκας Γκόλφω Γλαύκη Γλυκερία Γραμματική Γρηγόριος Δάφνη Δέσποινα Δήμητρα Δήμος Δίκαιος Δαβιδούλα
Δαμασκηνή Δαμασκηνός Δαμιανή Δαμιανός Δανάη Δανιήλ Δημήτρης Δημήτριος Δημοκράτης Δημοσθένης Δημούλα
Δημόκριτος Διαλεκτή Διαμάντω Διαμαντής Διαμαντούλα Διδώ Δικαία Διογένης Διομήδης Διονυσία Διονύσιος
Δομήνικος Δούκισσα Δράκων Δροσιά Δρόσος Δωροθέα Δωρόθεος Δόμνα Ειρήνη Ειρηναίος Ελένη Ελέσσα Ελεονόρα
Ελευθέριος Ελευθερία Ελισάβετ Ελισσαίος Ελπίδα Ελπίς Εμμανουέλα Εμμανουήλ Επαμεινώνδας Επιστήμη Ερασμία
Ερατώ Εριέτα Εριφύλη Ερμής Ερμιόνη Ερμόλαος Ερρίκος Ερωτόκριτος Ερωφίλη Ευάγγελος Ευαγγελία Ευανθία Ευγένιος
Ευγενία Ευδοκία Ευδοξία Ευδόξιος Ευθαλία Ευθυμία Ευθύμιος Ευκλείδης Ευλαμπία Ευμένιος Ευμορφία Ευπραξία
Ευριπίδης Ευρυδίκη Ευρύκλεια Ευσέβιος Ευσεβία Ευσεβεία Ευστάθιος Ευσταθία Ευστράτιος Ευστρατία Ευτέρπη
Ευτυχία Ευτύχιος Ευφροσύνη Εφραίμ Εύα Εύκλεια Ζήνων Ζαμπέτα Ζαμπία Ζαφείρης Ζαφείριος Ζαφειρία Ζαχαρένια
Ζαχαρίας Ζαχαρούλα Ζηναϊς Ζηνοβία Ζηνόβιος Ζησούλα Ζωή Ηλέκτρα Ηλίας Ηλιάνα Ηράκλεια Ηρακλής Ηρόδοτος Ησαΐας
Ηώ Θάλεια Θέκλα Θέμης Θέμις Θέτις Θαλής Θαλασσινή Θεανώ Θεμιστοκλής Θεμιστόκλεια Θεοδοσία Θεοδούλη Θεοδόσης
Θεοδόσιος Θεοδότη Θεοδώρα Θεολογία Θεολόγος Θεοπίστη Θεοτόκης Θεοφάνης Θεοφίλη Θεοφανία Θεοφύλακτη
Θεοφύλακτος Θεοχάρης Θεοχαρούλα Θεόδουλος Θεόδωρος Θεόκλεια Θεόκλητος Θεόπιστος Θεόφιλος Θεόφραστος Θεώνη
Θηρεσία Θησεύς Θουκυδίδης Θρασύβουλος Θωμάς Θωμαίς Ιάκωβος Ιάσονας Ιάσων Ιακωβίνα Ιγνάτιος Ιγνατία Ιερεμίας
Ιερόθεος Ιερώνυμος Ινώ Ιοκάστη Ιορδάνης Ιορδανία Ιουλία Ιουλιανή Ιουλιανός Ιούλιος Ιπποκράτης Ιππολύτη
Ιππόλυτος Ισίδωρος Ισαάκ Ισαβέλλα Ισιδώρα Ισμήνη Ιφιγένεια Ιωάννα Ιωάννης Ιωακείμ Ιωνάς Ιωσήφ Ιωσηφίνα
Κάρολος Κίμων Καλή Καλλίνικη Καλλίνικος Καλλιρρόη Καλλιρόη Καλλιόπη Καλομοίρα Καλυψώ Κανέλλα Καρυοφυλλιά
Κασσάνδρα Κασσιανή Κατερίνα Κερασιά Κηρύκος Κικιλία Κλέαρχος Κλήμης Κλαίρη Κλεάνθης Κλειώ Κλεομένης Κλεονίκη
Κλεοπάτρα Κλεόβουλος Κλεόπας Κλημεντίνη Κλυταιμνήστρα Κοκκώνα Κομνηνή Κομνηνός Κονδυλία Κοραλία Κορνήλιος
Κορνηλία Κοσμάς Κρινιώ Κρυστάλλης Κρυσταλλένια Κυβέλη Κυδωνία Κυπαρισσία Κυπριανή Κυπριανός Κυράτσα Κυριάκος
Κυριαζής Κυριακή Κωνσταντία Κωνσταντίνα Κωνσταντίνος Κωστούλα Κόσμια Κύρος Κώστας Λάζαρος Λάμπρος Λάσκαρης
Λέανδρος Λέων Λήδα Λαέρτης Λαζαρία Λαμπρινή Λαοκράτης Λασκαρίνα Λαυρέντιος Λαυρεντία Λεμονής Λεμονιά
Λεονάρδος Λευκοθέα Λεωνίδας Λεωνιδιά Λεώνη Λητώ Λογοθέτης Λουίζα Λουδοβίκος Λουκάς Λουκία Λουκιανός
Λουλουδένια Λυγερή Λυδία Λυκούργος Λύσανδρος Μάνθα Μάρθα Μάριος Μάρκος Μένανδρος Μίνωας Μαγδαληνή Μαγδαληνός
Μακάριος Μακρίνα Μαλαμάτη Μαλαματένια Μαλβίνα Μαντώ Μαρία Μαρίνα Μαρίνος Μαργαρίτα Μαργιέττα Μαριάνθη
Μαριάννα Μαριγώ Μαριλένα Μαρκέλλα Μαρτίνος Μαρωτέσα Ματίνα Ματθίλδη Ματθαίος Ματρώνη Μαυρίκιος Μαυροειδής
Μαυρούδης Μαύρα Μαύρος Μεγακλής Μεθόδιος Μελένια Μελέτια Μελέτιος Μελίνα Μελπομένη Μενέλαος Μερκούριος
Μερόπη Μεταξία Μηλιά Μηνάς Μικές Μιλτιάδης Μινέρβα Μιράντα Μιχάλης Μιχαέλα Μιχαήλ Μυρσίνη Μυρτώ Μόσχα
Νέαρχος Νίκανδρος Νίκη Νίκος Νίκων Ναθαναήλ Ναπολέων Ναταλία Ναταλίνα Ναυσικά Νεκτάριος Νεκταρία Νεοκλής
Νερατζιά Νεφέλη Νεόκλεια Νεόφυτος Νικήτας Νικητία Νικηφόρος Νικολέτα Νικολίτσα Νικόδημος Νικόλαος Νομική
Νταίζη Ντανιέλα Ξένη Ξανθή Ξανθίππη Ξανθός Ξενοφών Οδυσσέας Οδυσσεύς Οδύσσεια Ολύμπια Ορέστης Ορφέας Ουρανία
Πάρις Πάτροκλος Πέτρα Πέτρος Πίνδαρος Παγώνα Παναγής Παναγία Παναγιώτα Παναγιώτης Πανδώρα Πανορμίτης
Πανταζής Παντελής Παντελία Παντελεήμων Παντούλα Πανωραία Παράσχος Παρέσσα Παρασκευάς Παρασκευή Παρθένα
Πασχάλης Πασχαλιά Παταπία Παυλίνα Παυσανίας Παύλος Πελαγία Πελοπίδας Περικλής Περικλεία Περιστέρα Περσεφόνη
Πηγή Πηνελόπη Πιερρίνα Πλάτων Πλούταρχος Ποθητή Πολυζώης Πολυκράτης Πολυνίκη Πολυξένη Πολυτίμη Πολυχρονία
Πολυχρόνιος Πολύβια Πολύβιος Πολύδωρα Πολύδωρος Πολύκαρπος Πολύμνια Πουλχερία Πούλια Πραξιτέλης Προδρομία
Προκόπιος Προμηθέας Πρόδρομος Πυθαγόρας Πωλίνα Πύρρος Ράλλης Ρέα Ρήγας Ρίζος Ραλλία Ραφαήλ Ραχήλ Ρεβέκα
Ρεβέκκα Ρεγγίνα Ρηγούλα Ροδάνθη Ροδαμάνθη Ροδιά Ροδόκλεια Ροδόφλος Ρουμπίνη Ρούσα Ρωμανός Ρωξάνη Ρόζα Σάββας
Σάρρα Σέργιος Σαββούλα Σαλώμη Σαμουήλ Σαπφώ Σαράντης Σεβαστή Σεβαστιανή Σεβαστιανός Σελήνη Σεμίνα Σεραφεία
Σεραφείμ Σιρανούς Σμαράγδα Σολομών Σουλτάνα Σουμέλα Σοφία Σοφοκλής Σπάρτη Σπήλιος Σπυράννα Σπυρίδων
Σπυριδούλα Στέλλα Στέλλιος Στέργιος Στέφανος Σταμάτης Σταμάτιος Σταματίνα Σταυρούλα Σταύρος Στεργιανή
Στεργιαννώ Στεφανία Στυλιανή Στυλιανός Συμέλα Συμεωνία Συμεών Συμεώνη Σωζούσα Σωκράτης Σωτήρης Σωτήριος
Σωτηρία Σωφρονία Σόλων Σώζων Τίμων Τίτος Ταξίαρχος Ταξιάρχης Ταξιαρχία Τατιάνα Τερψιχόρη Τζένη Τζανέτος
Τηλέμαχος Τηλεμαχος Τιμοθέα Τιμολέων Τιμόθεος Τριαντάφυλλη Τριαντάφυλλος Τριανταφυλλιά Τρισεύγενη Τρυφωνία
Τρύφων Τσαμπίκα Τσαμπίκος Υάκινθος Υακίνθη Υβόννη Υπαπαντή Φίλιππος Φαίδρα Φαίδων Φανή Φανουρία Φανούριος
Φεβρωνία Φερενίκη Φιλήμων Φιλίππα Φιλαρέτη Φιλιππία Φιλιώ Φιλοθέη Φιλομήλα Φλοριάντ Φλωρίνα Φλωρεντία Φλώρα
Φοίβη Φοίβος Φρίξος Φραγκίσκος Φραντζέσκα Φρειδερίκη Φρειδερίκος Φρύνη Φωκάς Φωκίων Φωτεινή Φωτεινός Φώτιος
Χάιδω Χάρη Χάρις Χαρά Χαράλαμπος Χαρίκλεια Χαρίλαος Χαρίτος Χαραλαμπία Χιονιά Χλόη Χρήστος Χρίστος Χριστίνα
Χριστιάν Χριστιάνα Χριστοδούλα Χριστοφόρα Χριστόδουλος Χριστόφιλη Χριστόφορος Χρυσάνθη Χρυσή Χρυσαυγή
Χρυσαφένια Χρυσοβαλάντιος Χρυσοβαλάντου Χρυσοβαλάντω Χρυσούλα Χρυσόστομη Χρυσόστομος Χρύσανθος Єва Євген
Єлисавета Єлисей Єфрем Іван Ігнат Ігор Ілля Ірена Ірина Аарон Август Августин Авдей Аверкий Аверьян
Авксентий Аврелій Автоном Агап Агата Агафон Агафья Аггей Ада Адам Адриан Азар Азарий Аким Акулина Алевтин
Алевтина Александр Александра Алексей Алина Алла Альберт Альбіна Аліна Амалія Амвросий Амвросій Амос Ананий
Анастасия Анастасія Анатолий Ангелина Андрей Андрон Андроник Андрій Анжела Анжелика Аникей Аникита Анисим
Анна Антип Антон Антонин Антонина Аніта Аполлинарий Аполлон Арефий Аристарх Аркадий Аркадій Арсен Арсений
Артем Артемий Архип Аскольд Афанасий Афиноген Бажен Богдан Богданна Богодар Богуслав Богуслава Болеслав
Борис Борислав Боян Бронислав Будимир Вʼячеслав Вадим Валентин Валентина Валерий Валерия Валерьян Валерій
Варвара Варлаам Варфоломей Варфоломій Василий Василина Василиса Василь Вацлав Велимир Венедикт Вениамин
Веніямин Вера Вероника Викентий Виктор Викторин Виктория Виссарион Виталий Владилен Владимир Владислав
Владлен Влас Володимир Володимира Всеволод Всемил Всеслав Вышеслав Вячеслав Віктор Вікторія Віолетта Віра
Віталій Гаврила Гаврило Галактион Галина Ганна Гедеон Геннадий Геннадій Георгий Георгій Герасим Герман
Глафира Глеб Гліб Гордей Гордій Гостомысл Гремислав Григорий Григорій Гурий Давид Давыд Дан Данила Данило
Данна Дарина Дарья Демʼян Дементий Демид Демьян Денис Дмитрий Дмитро Добромысл Доброслав Дорофей Евгений
Евгения Евграф Евдоким Евдокия Евлампий Евпраксия Евсей Евстафий Евстигней Евфросиния Егор Едита Едуард
Екатерина Елена Елизавета Елизар Елисей Емельян Емілія Епифан Еремей Ермил Ермолай Ерофей Еріка Ефим Ефрем
Жанна Захар Зинаида Зиновий Зиновій Златослава Зорян Зосима Зоя Иван Иванна Игнатий Игорь Измаил Изот
Изяслав Иларион Илья Иннокентий Иосиф Ипат Ипатий Ипполит Ираида Ираклий Ирина Исай Исидор Ия Йосип Казимир
Каллистрат Камілла Капитон Карл Карп Касьян Ким Кир Кира Кирилл Кирило Клавдий Клавдия Клавдія Климент
Кондрат Кондратий Конон Константин Корнил Костянтин Ксения Кузьма Куприян Лавр Лаврентий Ладимир Ладислав
Лазарь Лариса Лев Левко Леон Леонид Леонтий Леонтій Леонід Леопольд Лесь Лидия Лонгин Лора Лукʼян Лука Лукия
Лукьян Лучезар Любим Любов Любовь Любомир Любосмысл Людмила Ліза Лілія Майя Макар Максим Максимильян Марʼяна
Маргарита Мариан Марина Мария Марк Марко Марта Мартин Мартын Мартьян Маруся Марфа Марія Матвей Мефодий
Мечислав Микита Миколай Милан Милен Милий Милица Милован Мина Мир Мирон Мирослав Митофан Михаил Михайлина
Михайло Михей Модест Моисей Мокей Мстислав Мілена Надежда Надія Назар Наина Наркис Наталья Наталія Натан
Наум Нестор Никандр Никанор Никита Никифор Никодим Николай Никон Нина Нинель Нифонт Нонна Одарка Оксана
Оксенія Октябрина Олег Олекса Олександр Олена Олесь Олимпиада Олимпий Ольга Омелян Онисим Онуфрий Опанас
Орест Орина Орися Орхип Осип Остап Остромир Охрім Павел Павло Панас Панкрат Панкратий Пантелеймон Панфил
Парамон Пармен Парфен Пахом Пелагея Петр Петро Пилип Пимен Платон Поликарп Полина Порфирий Потап Прасковья
Пров Прокл Прокофий Прохор Прохір Пріска Радим Радислав Радован Раиса Ратибор Ратмир Регина Родион Розалія
Роксолана Роман Ростислав Рубен Руслан Рюрик Савва Савватий Савелий Самсон Самуил Светлана Светозар
Святополк Святослав Святослава Світлана Севастьян Селиван Селиверст Семен Серафим Сергей Сергій Сигизмунд
Сидор Сила Силантий Сильвестр Симон Синклитикия Сніжана Сократ Соломон Соломія София Софон Софрон Софія
Спартак Спас Спиридон Станимир Станислав Станіслав Степан Стефан Стоян Таисия Тамара Тарас Татьяна
Твердислав Творимир Теодор Тереза Терентий Тетяна Тимофей Тимофій Тимур Тит Тихон Трифон Трофим Трохим Ульян
Ульяна Устим Устин Фадей Фаина Феврония Федор Федосий Федот Федір Феликс Феоктист Феофан Ферапонт Филарет
Филимон Филипп Фирс Флорентин Фока Фома Фортунат Фотий Франц Фрол Фёкла Харитон Харлампий Хома Христина
Христофор Чеслав Эдуард Элеонора Эмилия Эмиль Эммануил Эраст Эрнест Эрнст Ювеналий Юлиан Юлий Юлия Юрий
Юстим Юстина Юхим Яков Якуб Яків Ян Януарий Ярема Ярина Ярополк Ярослав Ярослава
""".split())
