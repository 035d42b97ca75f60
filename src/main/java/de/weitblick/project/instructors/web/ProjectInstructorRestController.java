package de.weitblick.project.instructors.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import de.weitblick.project.web.Viewers;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectManagement;
import de.weitblick.project.instructors.InstructorAssignment;
import de.weitblick.project.instructors.ProjectInstructors;
import de.weitblick.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The instructors of a project as JSON, with the same rules as the project's page.
 */
@RestController
@RequestMapping("/api/v1/projects/{id}/instructors")
@Tag(name = "Projects")
class ProjectInstructorRestController {

	private final ProjectInstructors instructors;

	private final ProjectManagement projects;

	private final Viewers viewers;

	ProjectInstructorRestController(ProjectInstructors instructors, ProjectManagement projects, Viewers viewers) {
		this.instructors = instructors;
		this.projects = projects;
		this.viewers = viewers;
	}

	@GetMapping
	@Operation(summary = "The instructors (Fachanleitungen) currently assigned to a project; they see the case files "
			+ "of the people taking part in it, in the work view")
	@ApiResponse(responseCode = "404", description = "No such project")
	List<InstructorAssignment> listInstructors(@PathVariable UUID id) {
		ProjectId project = existing(id);
		return this.instructors.of(project);
	}

	@PostMapping
	@Operation(summary = "Assign an instructor to the project from today (head of department or the project's lead)")
	@ApiResponse(responseCode = "201", description = "Assigned")
	@ApiResponse(responseCode = "400", description = "No instructor named")
	@ApiResponse(responseCode = "422",
			description = "Not an instructor, assigned already, the project has ended, or the caller may not")
	ResponseEntity<List<InstructorAssignment>> assignInstructor(@PathVariable UUID id,
			@Valid @RequestBody AssignmentInput input, Authentication authentication) {
		ProjectId project = existing(id);
		this.instructors.assign(project, input.instructorId(), this.viewers.of(authentication));
		return ResponseEntity.status(201).body(this.instructors.of(project));
	}

	@DeleteMapping("/{instructorId}")
	@Operation(summary = "End an instructor's assignment today; the ended assignment is kept as a record")
	@ApiResponse(responseCode = "204", description = "Ended")
	@ApiResponse(responseCode = "404", description = "No such project, or the instructor is not assigned")
	@ApiResponse(responseCode = "422", description = "The caller may not")
	ResponseEntity<Void> endInstructorAssignment(@PathVariable UUID id, @PathVariable UUID instructorId,
			Authentication authentication) {
		this.instructors.end(existing(id), instructorId, this.viewers.of(authentication));
		return ResponseEntity.noContent().build();
	}

	private ProjectId existing(UUID id) {
		ProjectId project = new ProjectId(id);
		this.projects.project(project).orElseThrow(() -> new NotFound("project.not-found"));
		return project;
	}

	/**
	 * @param instructorId the staff account of an instructor
	 */
	record AssignmentInput(@NotNull(message = "{project.instructor.validation.instructor}") UUID instructorId) {
	}

}
