package com.skincare.shop.command.catalog;

import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.CreateCategoryCommand;
import com.skincare.shop.api.catalog.DeleteCategoryCommand;
import com.skincare.shop.api.catalog.ReorderCategoryCommand;
import com.skincare.shop.api.catalog.UpdateCategoryCommand;
import com.skincare.shop.command.BulkOutcome;
import com.skincare.shop.web.envelope.ApiResponse;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** The admin's category writes: request to command, and the aggregate decides. */
@RestController
@RequestMapping(CategoryAdminController.PATH)
public class CategoryAdminController {

    static final String PATH = "/api/v1/admin/categories";

    private final CommandGateway commands;
    private final IdAllocator ids;

    public CategoryAdminController(CommandGateway commands, IdAllocator ids) {
        this.commands = commands;
        this.ids = ids;
    }

    @PostMapping
    public ResponseEntity<ApiResponse<CategoryResponse>> create(@Valid @RequestBody CategoryRequest request) {
        CreateCategoryCommand command = request.toCreateCommand(ids.nextCategoryId());
        commands.sendAndWait(command);
        return ResponseEntity.created(URI.create(PATH + "/" + command.categoryId().value()))
                .body(ApiResponse.ok("Category created", CategoryResponse.of(command.categoryId(), command.details())));
    }

    @PutMapping("/{id}")
    public ApiResponse<CategoryResponse> update(@PathVariable long id, @Valid @RequestBody CategoryRequest request) {
        UpdateCategoryCommand command = request.toUpdateCommand(CategoryId.of(id));
        commands.sendAndWait(command);
        return ApiResponse.ok("Category updated", CategoryResponse.of(command.categoryId(), command.details()));
    }

    @DeleteMapping("/{id}")
    public ApiResponse<Void> delete(@PathVariable long id) {
        commands.sendAndWait(new DeleteCategoryCommand(CategoryId.of(id)));
        return ApiResponse.ok("Category deleted", null);
    }

    /**
     * Each category named takes its position in the list as its sort order, one command per category; the
     * answer says which moved and which did not. A category named twice keeps its first position.
     */
    @PostMapping("/reorder")
    public ApiResponse<BulkOutcome> reorder(@Valid @RequestBody CatalogBulkRequests.CategoryOrder request) {
        List<Long> order = request.categoryIds().stream().distinct().toList();
        BulkOutcome outcome = BulkOutcome.run(commands, order,
                id -> new ReorderCategoryCommand(CategoryId.of(id), order.indexOf(id)));
        return ApiResponse.ok(outcome.succeeded().size() + " of " + order.size() + " categories reordered", outcome);
    }
}
