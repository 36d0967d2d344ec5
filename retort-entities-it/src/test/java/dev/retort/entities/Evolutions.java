package dev.retort.entities;

import java.util.List;

/**
 * The edits each entity set goes through in {@code EvolutionsIT}, in order, each on top of the one
 * before: add a field, take a field out of the mapping, change a length, add an index, a new entity
 * with a relation, and renames (a column and the new entity's table) declared with
 * {@code @RenamedFrom}. Names are written as the entities write theirs.
 */
final class Evolutions {

    static final String RENAMED_FROM = "@dev.retort.annotations.RenamedFrom";

    private Evolutions() {
    }

    static List<Edit> of(EntitySet set) {
        return switch (set) {
            case PETCLINIC -> petclinic();
            case JHIPSTER -> jhipster();
            case SHOPIZER -> shopizer();
            case OPENMEETINGS -> openmeetings();
        };
    }

    private static List<Edit> petclinic() {
        String owner = "org/springframework/samples/petclinic/owner/Owner.java";
        String visit = "org/springframework/samples/petclinic/owner/Visit.java";
        String chip = "org/springframework/samples/petclinic/owner/Microchip.java";
        return List.of(
                Edit.replace("add field owners.email", owner, "\tprivate String telephone;\n",
                        "\tprivate String telephone;\n\n\t@Column(length = 120)\n\tprivate String email;\n"),
                Edit.replace("remove field visits.description", visit, "\t@NotBlank\n\tprivate String description;",
                        "\t@NotBlank\n\t@jakarta.persistence.Transient\n\tprivate String description;"),
                Edit.replace("length of owners.address", owner, "\t@Column\n\t@NotBlank\n\tprivate String address;",
                        "\t@Column(length = 400)\n\t@NotBlank\n\tprivate String address;"),
                Edit.replace("index on owners.city", owner, "@Table(name = \"owners\")",
                        "@Table(name = \"owners\", indexes = @jakarta.persistence.Index(name = \"ix_owners_city\", columnList = \"city\"))"),
                Edit.add("new entity microchips with a relation to pets", chip, newEntity(
                        "org.springframework.samples.petclinic.owner", "Microchip", "microchips", "Integer",
                        "chipCode", "32", "Pet", "pet", "pet_id")),
                Edit.replace("rename owners.telephone to phone and microchips to pet_microchips", owner,
                        "\t@Column\n\t@NotBlank\n\t@Pattern",
                        "\t@Column(name = \"phone\")\n\t" + RENAMED_FROM + "(\"telephone\")\n\t@NotBlank\n\t@Pattern")
                        .and(chip, "@Table(name = \"microchips\")", "@Table(name = \"pet_microchips\")\n" + RENAMED_FROM + "(\"microchips\")"));
    }

    private static List<Edit> jhipster() {
        String dir = "io/github/jhipster/sample/domain/";
        String account = dir + "BankAccount.java";
        String statement = dir + "AccountStatement.java";
        return List.of(
                Edit.replace("add field bank_account.iban", account, "    private BigDecimal balance;\n",
                        "    private BigDecimal balance;\n\n    @Column(name = \"iban\", length = 34)\n    private String iban;\n"),
                Edit.replace("remove field operation.description", dir + "Operation.java",
                        "    @Column(name = \"description\")\n", "    @Column(name = \"description\")\n    @jakarta.persistence.Transient\n"),
                Edit.replace("length of bank_account.name", account, "@Column(name = \"name\", nullable = false)",
                        "@Column(name = \"name\", nullable = false, length = 120)"),
                Edit.replace("index on bank_account.name", account, "@Table(name = \"bank_account\")",
                        "@Table(name = \"bank_account\", indexes = @jakarta.persistence.Index(name = \"ix_bank_account_name\", columnList = \"name\"))"),
                Edit.add("new entity account_statement with a relation to bank_account", statement, newEntity(
                        "io.github.jhipster.sample.domain", "AccountStatement", "account_statement", "Long",
                        "reference", "64", "BankAccount", "bankAccount", "bank_account_id")),
                Edit.replace("rename bank_account.balance to current_balance and account_statement to statement", account,
                        "@Column(name = \"balance\", precision = 21, scale = 2, nullable = false)",
                        "@Column(name = \"current_balance\", precision = 21, scale = 2, nullable = false)\n    " + RENAMED_FROM + "(\"balance\")")
                        .and(statement, "@Table(name = \"account_statement\")", "@Table(name = \"statement\")\n" + RENAMED_FROM + "(\"account_statement\")"));
    }

    private static List<Edit> shopizer() {
        String content = "com/salesmanager/core/model/content/Content.java";
        String note = "com/salesmanager/core/model/content/ContentNote.java";
        return List.of(
                Edit.replace("add field CONTENT.SLUG", content, "\tprivate String productGroup;\n",
                        "\tprivate String productGroup;\n\n\t@Column(name = \"SLUG\", length = 120)\n\tprivate String slug;\n"),
                Edit.replace("remove field CONTENT.LINK_TO_MENU", content, "\t@Column(name = \"LINK_TO_MENU\")\n",
                        "\t@Column(name = \"LINK_TO_MENU\")\n\t@jakarta.persistence.Transient\n"),
                Edit.replace("length of CONTENT.CODE", content, "@Column(name=\"CODE\", length=100, nullable=false)",
                        "@Column(name=\"CODE\", length=150, nullable=false)"),
                Edit.replace("index on CONTENT.CONTENT_TYPE", content, "@Index(name=\"CODE_IDX\", columnList = \"CODE\")",
                        "@Index(name=\"CODE_IDX\", columnList = \"CODE\"), @Index(name=\"CONTENT_TYPE_IDX\", columnList = \"CONTENT_TYPE\")"),
                Edit.add("new entity CONTENT_NOTE with a relation to CONTENT", note, newEntity(
                        "com.salesmanager.core.model.content", "ContentNote", "CONTENT_NOTE", "Long",
                        "note", "500", "Content", "content", "CONTENT_ID")),
                Edit.replace("rename CONTENT.PRODUCT_GROUP to PRODUCT_GROUP_CODE and CONTENT_NOTE to CONTENT_REMARK", content,
                        "@Column(name = \"PRODUCT_GROUP\", nullable = true)",
                        "@Column(name = \"PRODUCT_GROUP_CODE\", nullable = true)\n\t" + RENAMED_FROM + "(\"PRODUCT_GROUP\")")
                        .and(note, "@Table(name = \"CONTENT_NOTE\")", "@Table(name = \"CONTENT_REMARK\")\n" + RENAMED_FROM + "(\"CONTENT_NOTE\")"));
    }

    private static List<Edit> openmeetings() {
        String address = "org/apache/openmeetings/db/entity/user/Address.java";
        String tag = "org/apache/openmeetings/db/entity/user/AddressTag.java";
        return List.of(
                Edit.replace("add field address.mobile", address, "\tprivate String phone;\n",
                        "\tprivate String phone;\n\n\t@Column(name = \"mobile\", length = 40)\n\tprivate String mobile;\n"),
                Edit.replace("remove field address.fax", address, "\t@Column(name = \"fax\")\n",
                        "\t@Column(name = \"fax\")\n\t@jakarta.persistence.Transient\n"),
                // not comment's length: it is a @Lob, whose type Hibernate gives by length on no database here
                Edit.replace("length of address.street", address, "@Column(name = \"street\")",
                        "@Column(name = \"street\", length = 512)"),
                Edit.replace("index on address.town", address, "@Index(name = \"email_idx\", columnList = \"email\")",
                        "@Index(name = \"email_idx\", columnList = \"email\"), @Index(name = \"town_idx\", columnList = \"town\")"),
                Edit.add("new entity address_tag with a relation to address", tag, newEntity(
                        "org.apache.openmeetings.db.entity.user", "AddressTag", "address_tag", "Long",
                        "tag", "80", "Address", "address", "address_id")),
                Edit.replace("rename address.zip to postal_code and address_tag to address_label", address,
                        "@Column(name = \"zip\")", "@Column(name = \"postal_code\")\n\t" + RENAMED_FROM + "(\"zip\")")
                        .and(tag, "@Table(name = \"address_tag\")", "@Table(name = \"address_label\")\n" + RENAMED_FROM + "(\"address_tag\")"));
    }

    /** A small entity with an assigned id, one string column and a required many-to-one. */
    private static String newEntity(String pkg, String type, String table, String idType, String field, String length,
                                    String target, String relation, String joinColumn) {
        return """
                package %1$s;

                import jakarta.persistence.Column;
                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;
                import jakarta.persistence.JoinColumn;
                import jakarta.persistence.ManyToOne;
                import jakarta.persistence.Table;

                @Entity
                @Table(name = "%3$s")
                public class %2$s {

                    @Id
                    private %4$s id;

                    @Column(length = %6$s, nullable = false)
                    private String %5$s;

                    @ManyToOne(optional = false)
                    @JoinColumn(name = "%9$s")
                    private %7$s %8$s;
                }
                """.formatted(pkg, type, table, idType, field, length, target, relation, joinColumn);
    }
}
