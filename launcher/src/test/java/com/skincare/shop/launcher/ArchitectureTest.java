package com.skincare.shop.launcher;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The architecture's rules, checked on the compiled classes of every module. */
class ArchitectureTest {

    private static JavaClasses shop;

    @BeforeAll
    static void importClasses() {
        shop = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.skincare.shop");
    }

    @Test
    void querySideAndProjectionsNeverImportTheCommandSide() {
        noClasses().that().resideInAnyPackage("com.skincare.shop.query..", "com.skincare.shop.projections..")
                .should().dependOnClassesThat().resideInAPackage("com.skincare.shop.command..")
                .check(shop);
    }

    @Test
    void commandSideNeverReadsProjections() {
        noClasses().that().resideInAPackage("com.skincare.shop.command..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("com.skincare.shop.query..", "com.skincare.shop.projections..")
                .check(shop);
    }

    @Test
    void sharedMessagesDependOnNothingOfOursNorOnSpring() {
        noClasses().that().resideInAPackage("com.skincare.shop.api..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.skincare.shop.command..", "com.skincare.shop.query..",
                        "com.skincare.shop.projections..", "com.skincare.shop.web..",
                        "com.skincare.shop.eventstore..", "org.springframework..")
                .check(shop);
    }

    @Test
    void contextsDoNotReachIntoEachOther() {
        for (String module : new String[]{"command", "query", "projections", "api"}) {
            slices().matching("com.skincare.shop." + module + ".(*)..")
                    .should().notDependOnEachOther()
                    .ignoreDependency(
                            com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                                    "com.skincare.shop.api.common.."))
                    .check(shop);
        }
    }

    @Test
    void controllersHoldNoDatabaseAccess() {
        noClasses().that().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .orShould().dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
                .check(shop);
    }

    @Test
    void aggregatesTakeTimeAndIdsFromTheirCommands() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(UUID.class, "randomUUID")
                .check(shop);
    }
}
